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

  test('ranks exactly as scoring every pair and sorting does, on 400 random articles', () => {
    // a small linear congruential generator: the same articles on every run
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const chars = '水库加固防汛会议召开营商环境乡村振兴';
    const docs = Array.from({ length: 400 }, (_, i) =>
      doc(
        `d${i}`,
        Array.from({ length: 3 + next(6) }, () => chars[next(chars.length)]).join(''),
        Array.from({ length: next(3) }, () => `t${next(12)}`),
        `c${next(4)}`,
        `s${next(3)}`,
      ),
    );
    const features = docs.map((d) => [...new Set(d.tags.map((t) => `tag:${t}`)), ...[...titleToTerms(d.title)].map((t) => `term:${t}`)]);
    const counts = new Map<string, number>();
    for (const list of features) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
    const maxPostings = 60;
    const limit = 5;
    const related = relatedArticles(docs, { maxPostings, limit });
    let compared = 0;
    docs.forEach((a, i) => {
      const scored: [number, number][] = [];
      docs.forEach((b, j) => {
        if (i === j) return;
        let score = 0;
        for (const f of features[i]!) {
          if ((counts.get(f) ?? 0) <= maxPostings && features[j]!.includes(f)) score += f.startsWith('tag:') ? 3 : 1;
        }
        if (score > 0) scored.push([j, score + (a.column === b.column ? 1 : 0) + (a.source === b.source ? 0.5 : 0)]);
      });
      const expected = scored
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, limit)
        .map(([j]) => `d${j}`);
      expect(related.get(a.id)?.slice(0, expected.length)).toEqual(expected);
      compared += expected.length;
    });
    // the random titles share enough terms that most lists are ranked, not topped up
    expect(compared).toBeGreaterThan(1500);
  });
});
