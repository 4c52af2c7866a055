import { describe, expect, test } from 'vitest';
import { markdownToSummary, truncateChinese } from './summary.ts';

describe('markdownToSummary', () => {
  test('returns the first paragraph, skipping headings and images', () => {
    const md = '## 小标题\n\n![图](a.png)\n\n第一段，有[链接](https://x.cn)和**强调**。\n\n第二段。';
    expect(markdownToSummary(md)).toBe('第一段，有链接和强调。');
  });
  test('returns an empty string for an empty body', () => {
    expect(markdownToSummary('')).toBe('');
  });
});

describe('truncateChinese', () => {
  test('cuts at a sentence end when one is near the limit', () => {
    expect(truncateChinese('一二三四五六七八。九十一二', 10)).toBe('一二三四五六七八。');
  });
  test('adds an ellipsis when no sentence ends near the limit', () => {
    expect(truncateChinese('一二三四五六七八九十一二', 10)).toBe('一二三四五六七八九十…');
  });
  test('counts characters outside the BMP as one', () => {
    expect(truncateChinese('𠀀𠀀𠀀', 3)).toBe('𠀀𠀀𠀀');
  });
});
