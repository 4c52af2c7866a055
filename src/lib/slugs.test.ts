import { describe, expect, test } from 'vitest';
import { articlePathToId, explainBadArticleId, isSlug, textToSlug } from './slugs.ts';

describe('articlePathToId', () => {
  test('returns the path without extension, with forward slashes', () => {
    expect(articlePathToId('2024/04/anshan-wenming.md')).toBe('2024/04/anshan-wenming');
    expect(articlePathToId('2024\\04\\x.mdx')).toBe('2024/04/x');
  });
});

describe('explainBadArticleId', () => {
  test('returns undefined for ASCII slugs', () => {
    expect(explainBadArticleId('2024/04/anshan-wenming')).toBeUndefined();
  });
  test('names each segment with Chinese, spaces or capitals', () => {
    expect(explainBadArticleId('2024/04/鞍山 文明')).toBe(
      'path segment(s) "鞍山 文明" must be lower-case ASCII letters, digits and hyphens',
    );
    expect(explainBadArticleId('2024/April/Big_File')).toBe(
      'path segment(s) "April", "Big_File" must be lower-case ASCII letters, digits and hyphens',
    );
  });
});

describe('isSlug', () => {
  test('rejects leading, trailing and double hyphens', () => {
    expect(['a-b', 'abc1', '2024'].map(isSlug)).toEqual([true, true, true]);
    expect(['-a', 'a-', 'a--b', '', 'A'].map(isSlug)).toEqual([false, false, false, false, false]);
  });
});

describe('textToSlug', () => {
  test('keeps Latin letters and digits of mixed text, folding full-width forms', () => {
    expect(textToSlug('５G基站 PM2.5 治理')).toBe('5g-pm2-5');
  });
  test('returns an empty string for pure Chinese', () => {
    expect(textToSlug('廉政舆情')).toBe('');
  });
});
