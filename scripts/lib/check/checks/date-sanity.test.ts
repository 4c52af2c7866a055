import { describe, expect, test } from 'vitest';
import { checkDates } from './date-sanity.ts';

const base = { file: 'a.md', dateLine: 3, publishedLine: 4 };
const NOW = '2024-06-01 12:00';

describe('checkDates', () => {
  test('returns nothing for a past date, or a future date scheduled with a future published', () => {
    expect(checkDates({ ...base, date: '2024-05-31' }, NOW)).toEqual([]);
    expect(checkDates({ ...base, date: '2024-06-02', published: '2024-06-03 08:00' }, NOW)).toEqual([]);
  });

  test('reports a future original date without scheduling', () => {
    expect(checkDates({ ...base, date: '2024-06-01 12:30' }, NOW).map((p) => [p.field, p.line, p.severity])).toEqual([
      ['date', 3, 'error'],
    ]);
  });

  test('reports an original date later than this site’s publish date', () => {
    expect(checkDates({ ...base, date: '2024-05-20 10:00', published: '2024-05-20 09:00' }, NOW).map((p) => [p.field, p.line])).toEqual([
      ['published', 4],
    ]);
  });
});
