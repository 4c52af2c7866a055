import { describe, expect, test } from 'vitest';
import { articleSortKey } from './search-meta.ts';

describe('articleSortKey', () => {
  test('is the date to the minute (00:00 without a time) and the id, so sorting the keys puts articles in date order', () => {
    const keys = [
      articleSortKey('2024-05-01', '2024/05/b'),
      articleSortKey('2024-05-01 09:30', '2024/05/a'),
      articleSortKey('2024-05-01', '2024/05/a'),
      articleSortKey('2023-12-31 23:59', '2023/12/z'),
    ];
    expect(keys[0]).toBe('2024-05-01 00:00 2024/05/b');
    expect([...keys].sort().reverse()).toEqual([
      '2024-05-01 09:30 2024/05/a',
      '2024-05-01 00:00 2024/05/b',
      '2024-05-01 00:00 2024/05/a',
      '2023-12-31 23:59 2023/12/z',
    ]);
  });
});
