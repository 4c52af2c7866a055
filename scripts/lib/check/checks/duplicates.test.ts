import { describe, expect, test } from 'vitest';
import { findDuplicateOriginalUrls, normaliseOriginalUrl } from './duplicates.ts';

const claims = [
  { file: 'a.md', line: 5, originalUrl: 'https://www.daily.example.org/news/1.html' },
  { file: 'b.md', line: 6, originalUrl: 'http://daily.example.org/news/1.html?utm_source=wx#top' },
];

describe('normaliseOriginalUrl', () => {
  test('drops scheme, www., fragment and tracking parameters', () => {
    expect(normaliseOriginalUrl(claims[1]!.originalUrl)).toBe('daily.example.org/news/1.html');
  });
});

describe('findDuplicateOriginalUrls', () => {
  test('reports the later file, naming the earlier', () => {
    expect(findDuplicateOriginalUrls(claims).map((p) => [p.file, p.line, p.message.slice(0, 19)])).toEqual([
      ['b.md', 6, '与 a.md 转载的是同一原文。The'],
    ]);
  });

  test('reports on the earlier file, naming the later, when only the earlier is among the files named', () => {
    expect(findDuplicateOriginalUrls(claims, (f) => f === 'a.md')).toEqual([
      {
        file: 'a.md',
        field: 'originalUrl',
        severity: 'error',
        line: 5,
        column: 1,
        message:
          'b.md 转载的也是同一原文。The same original (https://www.daily.example.org/news/1.html) is reprinted again in b.md: delete one of the two, or correct the URL.',
      },
    ]);
  });
});
