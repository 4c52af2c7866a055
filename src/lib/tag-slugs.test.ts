import { describe, expect, test } from 'vitest';
import { tagsToSlugs, tagToHash, tagToPinyinSlug } from './tag-slugs.ts';

describe('tagToPinyinSlug', () => {
  test('returns toneless pinyin with one hyphen per syllable', () => {
    expect(tagToPinyinSlug('防汛')).toBe('fang-xun');
    expect(tagToPinyinSlug('作风建设')).toBe('zuo-feng-jian-she');
  });
  test('reads polyphones in context', () => {
    expect(tagToPinyinSlug('重庆')).toBe('chong-qing');
    expect(tagToPinyinSlug('长江经济带')).toBe('chang-jiang-jing-ji-dai');
  });
  test('keeps Latin letters and digits together, lower-cased, and folds full-width forms', () => {
    expect(tagToPinyinSlug('5G网络')).toBe('5g-wang-luo');
    expect(tagToPinyinSlug('ＡＢＣ测试')).toBe('abc-ce-shi');
  });
  test('drops punctuation and returns an empty string for an emoji', () => {
    expect(tagToPinyinSlug('“两会”·聚焦')).toBe('liang-hui-ju-jiao');
    expect(tagToPinyinSlug('🎉')).toBe('');
  });
});

describe('tagsToSlugs', () => {
  test('returns one slug per distinct tag', () => {
    expect(Object.fromEntries(tagsToSlugs(['水利', '防汛', '水利']))).toEqual({ 水利: 'shui-li', 防汛: 'fang-xun' });
  });
  test('suffixes all but the first of tags that share their pinyin, whatever the input order', () => {
    const expected = { 防汛: 'fang-xun', 防讯: `fang-xun-${tagToHash('防讯')}` };
    expect(Object.fromEntries(tagsToSlugs(['防讯', '防汛']))).toEqual(expected);
    expect(Object.fromEntries(tagsToSlugs(['防汛', '防讯']))).toEqual(expected);
    expect(tagToHash('防讯')).toMatch(/^[0-9a-f]{6}$/);
  });
  test('gives a tag without letters a tag-<hash> slug', () => {
    expect(tagsToSlugs(['🎉']).get('🎉')).toBe(`tag-${tagToHash('🎉')}`);
  });
  test('returns an empty map for no tags', () => {
    expect(tagsToSlugs([]).size).toBe(0);
  });
});
