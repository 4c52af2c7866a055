import { describe, expect, test } from 'vitest';
import { compareNewestFirst, hasPage, isListed, isScheduled, publishedOn } from './visibility.ts';

const now = '2024-05-01 12:00';
const prod = { now, includeDrafts: false };

describe('visibility', () => {
  test('publishedOn falls back to the original date', () => {
    expect(publishedOn({ date: '2024-04-18' })).toBe('2024-04-18');
    expect(publishedOn({ date: '2024-04-18', published: '2024-04-20' })).toBe('2024-04-20');
  });
  test('a draft has no page in production and one in dev', () => {
    const a = { date: '2024-04-18', draft: true };
    expect(hasPage(a, prod)).toBe(false);
    expect(hasPage(a, { now, includeDrafts: true })).toBe(true);
  });
  test('an article scheduled later in the day is held back until its minute', () => {
    const a = { date: '2024-04-18', published: '2024-05-01 12:01', draft: false };
    expect(isScheduled(a, now)).toBe(true);
    expect(hasPage(a, prod)).toBe(false);
    expect(hasPage(a, { now: '2024-05-01 12:01', includeDrafts: false })).toBe(true);
  });
  test('a withdrawn article has a page (its tombstone) but is not listed', () => {
    const a = { date: '2024-04-18', draft: false, withdrawn: { date: '2024-05-01', reason: '应权利人要求删除' } };
    expect(hasPage(a, prod)).toBe(true);
    expect(isListed(a, prod)).toBe(false);
  });
});

describe('compareNewestFirst', () => {
  test('returns the newest publish date first, then the newest original date, then by id', () => {
    const items = [
      { id: '2024/04/b', data: { date: '2024-04-18' } },
      { id: '2024/04/a', data: { date: '2024-04-18' } },
      { id: '2024/03/c', data: { date: '2024-03-01', published: '2024-04-18 09:00' } },
      { id: '2024/04/d', data: { date: '2024-04-17', published: '2024-04-18' } },
    ];
    expect([...items].sort(compareNewestFirst).map((i) => i.id)).toEqual(['2024/03/c', '2024/04/a', '2024/04/b', '2024/04/d']);
  });
});
