import { describe, expect, test } from 'vitest';
import { archiveByMonth, groupByKeys, listsToNeighbours } from './groupings.ts';

describe('groupByKeys', () => {
  test('returns each item under every one of its keys, in input order', () => {
    const items = [
      { id: 'a', tags: ['水利', '防汛'] },
      { id: 'b', tags: ['防汛'] },
      { id: 'c', tags: [] },
    ];
    const groups = groupByKeys(items, (i) => i.tags);
    expect([...groups.keys()]).toEqual(['水利', '防汛']);
    expect(groups.get('防汛')?.map((i) => i.id)).toEqual(['a', 'b']);
  });
  test('counts an item once when a key repeats', () => {
    expect(groupByKeys([{ tags: ['水利', '水利'] }], (i) => i.tags).get('水利')).toHaveLength(1);
  });
});

describe('archiveByMonth', () => {
  test('returns years and months newest first with counts, keeping item order', () => {
    const dates = ['2024-04-02', '2024-03-12 10:05', '2024-01-01 00:30', '2024-03-01', '2023-01-31'];
    const archive = archiveByMonth(dates, (d) => d);
    expect(archive.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
      ['2024', 4, ['04', '03', '01']],
      ['2023', 1, ['01']],
    ]);
    expect(archive[0]?.months[1]?.items).toEqual(['2024-03-12 10:05', '2024-03-01']);
  });
  test('returns no years for no items', () => {
    expect(archiveByMonth([], (d: string) => d)).toEqual([]);
  });
});

describe('listsToNeighbours', () => {
  test('returns the item before as prev and the item after as next, within each list only', () => {
    const n = listsToNeighbours(
      [
        ['a', 'b', 'c'],
        ['x', 'y'],
      ],
      (s) => s,
    );
    expect(n.get('a')).toEqual({ prev: undefined, next: 'b' });
    expect(n.get('b')).toEqual({ prev: 'a', next: 'c' });
    expect(n.get('c')).toEqual({ prev: 'b', next: undefined });
    expect(n.get('x')).toEqual({ prev: undefined, next: 'y' });
  });
});
