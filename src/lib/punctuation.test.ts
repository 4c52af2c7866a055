import { describe, expect, test } from 'vitest';
import { restoreFullWidthPunctuation } from './punctuation.ts';

describe('restoreFullWidthPunctuation', () => {
  test('restores the seed opening line', () => {
    expect(restoreFullWidthPunctuation('播下“文明种”,盛开“幸福花”。')).toBe('播下“文明种”，盛开“幸福花”。');
  });
  test('restores colons, semicolons, parentheses and exclamation marks between Chinese', () => {
    expect(restoreFullWidthPunctuation('街道(乡镇)也建立;目标:为民!')).toBe('街道（乡镇）也建立；目标：为民！');
  });
  test('restores a mark after a number when Chinese follows', () => {
    expect(restoreFullWidthPunctuation('2023年,开工255个,完成')).toBe('2023年，开工255个，完成');
  });
  test('leaves Latin text, numbers and URLs alone', () => {
    const text = 'See https://a.b/c?x=1,2 (PM2.5) and 1,000; ok!';
    expect(restoreFullWidthPunctuation(text)).toBe(text);
  });
  test('returns an empty string for an empty string', () => {
    expect(restoreFullWidthPunctuation('')).toBe('');
  });
});
