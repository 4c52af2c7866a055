import { describe, expect, test } from 'vitest';
import { assignParts, parsePartNumber, partFolderName, partsKey } from './parts.ts';

describe('parsePartNumber', () => {
  test('returns part K of N for K/N', () => {
    expect(parsePartNumber('2/4')).toEqual({ index: 2, count: 4 });
    expect(parsePartNumber(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(partFolderName({ index: 3, count: 12 })).toBe('part-3-of-12');
  });

  test.each(['0/4', '5/4', '2', '2/0', 'a/b', '1/65', '２/４'])('refuses %s, naming the form it takes', (value) => {
    expect(() => parsePartNumber(value)).toThrow(
      `--part takes K/N, part K of N parts with 1 ≤ K ≤ N ≤ 64 (e.g. --part 2/4); got "${value}".`,
    );
  });
});

const weighed = (ids: string[], weight = 1) => ids.map((id) => ({ id, weight }));

describe('assignParts', () => {
  test('returns consecutive runs of equal weight, in code-unit order of the ids', () => {
    const ids = ['2024/01/b', '2023/05/z', '2024/01/B', '2024/01/a', '2023/12/c', '2024/02/x'];
    const parts = assignParts(weighed(ids), [], 3);
    // Upper case sorts before lower case by code unit, whatever the machine's locale.
    expect(parts.map((p) => p.articles)).toEqual([
      ['2023/05/z', '2023/12/c'],
      ['2024/01/B', '2024/01/a'],
      ['2024/01/b', '2024/02/x'],
    ]);
  });

  test('returns runs balanced by weight, not by count', () => {
    const articles = [
      { id: 'a', weight: 10 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 1 },
      { id: 'd', weight: 1 },
      { id: 'e', weight: 1 },
      { id: 'f', weight: 6 },
    ];
    expect(assignParts(articles, [], 2).map((p) => p.articles)).toEqual([['a'], ['b', 'c', 'd', 'e', 'f']]);
  });

  test('returns the same partition whatever order the articles and shards come in', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `20${10 + (i % 15)}/0${1 + (i % 9)}/p${i}`);
    const articles = ids.map((id, i) => ({ id, weight: 4000 + ((i * 7919) % 3000) }));
    const shards = weighed(['2024', '2023-07', '2023-01', '2022', '2021'], 5).map((s, i) => ({ ...s, weight: 10 + i }));
    const once = assignParts(articles, shards, 4);
    expect(assignParts([...articles].reverse(), [...shards].reverse(), 4)).toEqual(once);
    expect(once.flatMap((p) => p.articles).sort()).toEqual([...ids].sort());
  });

  test('returns every shard whole to one part, heaviest first to the lightest part', () => {
    const shards = [
      { id: '2024', weight: 3 },
      { id: '2023', weight: 9 },
      { id: '2022', weight: 5 },
      { id: '2021', weight: 4 },
      { id: '2020', weight: 1 },
    ];
    // 2023 → 1 (9), 2022 → 2 (5), 2021 → 2 (9), 2024 → 1 on the tie (12), 2020 → 2 (10); each part's list newest first.
    expect(assignParts([], shards, 2).map((p) => p.shards)).toEqual([
      ['2024', '2023'],
      ['2022', '2021', '2020'],
    ]);
  });

  test('returns empty parts when there are more parts than articles and shards', () => {
    expect(assignParts(weighed(['a']), weighed(['all']), 3)).toEqual([
      { articles: [], shards: ['all'] },
      // The one article's middle falls in the second third of the weight.
      { articles: ['a'], shards: [] },
      { articles: [], shards: [] },
    ]);
  });
});

describe('partsKey', () => {
  const keys = { '2024/01/a': { page: 'p1' }, '2024/01/b': { page: 'p2' } };

  test('returns the same key for the same content, whatever the order of the ids', () => {
    expect(partsKey('g', { '2024/01/b': { page: 'p2' }, '2024/01/a': { page: 'p1' } }, '2024-06-01 12:00', 3)).toBe(
      partsKey('g', keys, '2024-06-01 12:00', 3),
    );
  });

  test('returns another key when a page, the settings, the moment or the number of parts differ', () => {
    const key = partsKey('g', keys, '2024-06-01 12:00', 3);
    expect(partsKey('g', { ...keys, '2024/01/b': { page: 'p3' } }, '2024-06-01 12:00', 3)).not.toBe(key);
    expect(partsKey('h', keys, '2024-06-01 12:00', 3)).not.toBe(key);
    expect(partsKey('g', keys, '2024-06-01 12:05', 3)).not.toBe(key);
    expect(partsKey('g', keys, '2024-06-01 12:00', 4)).not.toBe(key);
  });
});
