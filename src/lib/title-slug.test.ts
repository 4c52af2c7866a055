import { describe, expect, test } from 'vitest';
import { titleToSlug } from './title-slug.ts';

describe('titleToSlug', () => {
  test('returns the pinyin of the first characters of a Chinese title', () => {
    expect(titleToSlug('播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实')).toBe('bo-xia-wen-ming-zhong-sheng');
  });

  test('keeps Latin words and numbers', () => {
    expect(titleToSlug('2024年4月全国CPI同比上涨0.3%')).toBe('2024-nian-4-yue-quan-guo');
  });

  test('writes ü as v and returns article for a title without letters', () => {
    expect(titleToSlug('绿色发展', 2)).toBe('lv-se');
    expect(titleToSlug('——')).toBe('article');
  });
});
