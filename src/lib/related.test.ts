import { describe, expect, test } from 'vitest';
import { relatedArticles, titleToTerms, type RelatedDoc } from './related.ts';

const doc = (id: string, title: string, tags: string[] = [], column = 'yaowen', source = 'ribao'): RelatedDoc => ({
  id,
  title,
  tags,
  column,
  source,
});

describe('titleToTerms', () => {
  test('returns Han bigrams and Latin words, without punctuation', () => {
    expect([...titleToTerms('水库“加固”，5G 网络')]).toEqual(['水库', '加固', '网络', '5g']);
  });
  test('folds full-width Latin letters', () => {
    expect(titleToTerms('ＡＰＰ上线').has('app')).toBe(true);
  });
  test('returns nothing for a one-character title or emoji', () => {
    expect(titleToTerms('好🎉').size).toBe(0);
  });
});

describe('relatedArticles', () => {
  test('with `only`, lists just those articles, the same as a full run does', () => {
    const docs = [doc('a', '示范县水库除险加固', ['水利']), doc('b', '防汛会议召开', ['水利']), doc('c', '另一座水库完工')];
    const all = relatedArticles(docs);
    const some = relatedArticles(docs, { only: new Set(['b']) });
    expect([...some.keys()]).toEqual(['b']);
    expect(some.get('b')).toEqual(all.get('b'));
  });
  test('ranks shared tags above shared title terms, and both above the same column', () => {
    const docs = [
      doc('a', '示范县水库除险加固', ['水利']),
      doc('b', '防汛会议召开', ['水利'], 'tongzhi', 'other'),
      doc('c', '另一座水库完工', [], 'tongzhi', 'other'),
      doc('d', '无关稿件', [], 'yaowen'),
    ];
    expect(relatedArticles(docs, { limit: 3 }).get('a')).toEqual(['b', 'c', 'd']);
  });

  test('breaks ties by list order (newest first)', () => {
    const docs = [doc('a', '甲', ['x']), doc('b', '乙', ['x']), doc('c', '丙', ['x'])];
    expect(relatedArticles(docs, { limit: 2 }).get('c')).toEqual(['a', 'b']);
  });

  test('tops up with the nearest articles of the same column, never the article itself', () => {
    const docs = [doc('n1', '一'), doc('n2', '二'), doc('me', '三'), doc('o1', '四'), doc('o2', '五'), doc('x', '六', [], 'other')];
    expect(relatedArticles(docs, { limit: 3 }).get('me')).toEqual(['n2', 'o1', 'n1']);
  });

  test('skips terms shared by more articles than maxPostings', () => {
    const docs = [doc('a', '工作简报', [], 'c1'), doc('b', '工作简报', [], 'c2'), doc('c', '工作简报', [], 'c3')];
    expect(relatedArticles(docs, { maxPostings: 2 }).get('a')).toEqual([]);
    expect(relatedArticles(docs, { maxPostings: 3 }).get('a')).toEqual(['b', 'c']);
  });

  test('handles 10,000 articles sharing one common term in one pass', () => {
    const docs = Array.from({ length: 10_000 }, (_, i) => doc(`d${i}`, `第${i % 97}号工作简报`, [`t${i % 50}`], `c${i % 7}`));
    const related = relatedArticles(docs);
    expect(related.size).toBe(10_000);
    expect(related.get('d0')).toHaveLength(5);
    expect(related.get('d0')?.every((id) => Number(id.slice(1)) % 50 === 0)).toBe(true);
  });
});
