import { describe, expect, test } from 'vitest';
import { containsAllTerms, needsT2s, queryToTerms, termsToLoose, termsToPhrase, textToMatchable } from './search-query.ts';

describe('textToMatchable', () => {
  test('folds full-width Latin and digits, case and whitespace', () => {
    expect(textToMatchable('ＰＭ２.５ 平均 浓度')).toBe('pm2.5平均浓度');
  });
  test('keeps full-width brackets of document numbers', () => {
    expect(textToMatchable('示政明电〔2022〕1号')).toBe('示政明电〔2022〕1号');
  });
  test('drops quotation marks, so typed ASCII quotes match Chinese ones', () => {
    expect(textToMatchable('播下“文明种” 盛开「幸福花」')).toBe(textToMatchable('播下"文明种"盛开"幸福花"'));
    expect(textToMatchable('播下“文明种”')).toBe('播下文明种');
  });
  test('keeps other punctuation, so words do not join across a comma', () => {
    expect(textToMatchable('加强版权，所有企业')).toBe('加强版权,所有企业');
  });
  test('drops zero-width spaces Pagefind puts between words', () => {
    expect(textToMatchable('育儿\u200b津贴')).toBe('育儿津贴');
  });
});

describe('queryToTerms', () => {
  test('splits on any whitespace, including the ideographic space', () => {
    expect(queryToTerms(' 青禾\u3000农场  ')).toEqual(['青禾', '农场']);
  });
  test('drops quotes around a phrase and duplicate terms', () => {
    expect(queryToTerms('“柏青禾” "柏青禾"')).toEqual(['柏青禾']);
  });
  test('returns nothing for an empty or blank query', () => {
    expect(queryToTerms('  ')).toEqual([]);
  });
});

describe('containsAllTerms', () => {
  test('is true only when every term occurs literally', () => {
    const text = textToMatchable('市市场监管局提醒所有企业，要增强版权保护意识');
    expect(containsAllTerms(text, ['版权', '所有'])).toBe(true);
    expect(containsAllTerms(text, ['版权所有'])).toBe(false);
  });
  test('does not take 〔2022〕11号 for 〔2022〕1号', () => {
    expect(containsAllTerms(textToMatchable('示政明电〔2022〕11号'), ['示政明电〔2022〕1号'])).toBe(false);
  });
});

describe('termsToPhrase', () => {
  test('quotes a single term and refuses several', () => {
    expect(termsToPhrase(['99.3万'])).toBe('"99.3万"');
    expect(termsToPhrase(['青禾', '农场'])).toBeUndefined();
    expect(termsToLoose(['青禾', '农场'])).toBe('青禾 农场');
  });
});

describe('needsT2s', () => {
  const simplified = new Set('监察法垃圾分类');
  test('is true for a Traditional character outside the simplified set', () => {
    expect(needsT2s('監察法', simplified)).toBe(true);
  });
  test('is false for Simplified text, Latin and digits', () => {
    expect(needsT2s('监察法 PM2.5 2024', simplified)).toBe(false);
  });
});
