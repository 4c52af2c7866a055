import { describe, expect, test } from 'vitest';
import { kindToCategory, scoreQuery, summarize, summarizeByCategory } from './metrics.ts';
import { idToPath, parseQueries } from './queries.ts';

const q = (query: string, ...relevant: string[]) => ({ query, relevant: relevant.map(idToPath), kind: '', line: 1 });

describe('parseQueries', () => {
  test('reads relevant ids, negatives and comments', () => {
    const text = '# header\n津贴\t2024/02/yuer-jintie 2023/07/gaowen-jiancha\tpartial\n版权所有\t-\tnegative\n';
    expect(parseQueries(text)).toEqual([
      { query: '津贴', relevant: ['/articles/2024/02/yuer-jintie/', '/articles/2023/07/gaowen-jiancha/'], kind: 'partial', line: 2 },
      { query: '版权所有', relevant: [], kind: 'negative', line: 3 },
    ]);
  });
  test('names the file and line of an empty query', () => {
    expect(() => parseQueries('\tx\n', 'q.tsv')).toThrowErrorMatchingInlineSnapshot(
      `[Error: q.tsv:1: the query (first column) is empty; write the query before the first tab.]`,
    );
  });
});

describe('scoreQuery', () => {
  test('gives 1/rank of the first relevant result and the share of relevant results in the top 10', () => {
    const s = scoreQuery(q('河长制', 'a', 'b'), ['/articles/x/', '/articles/b/', '/articles/y/']);
    expect([s.rank, s.reciprocalRank, s.recall, s.top1]).toEqual([2, 0.5, 0.5, false]);
  });
  test('ignores relevant results below rank 10', () => {
    const results = Array.from({ length: 11 }, (_, i) => `/articles/${i}/`);
    expect(scoreQuery(q('x', '10'), results).rank).toBeUndefined();
  });
});

describe('summarize', () => {
  test('averages over positive queries and counts clean negatives', () => {
    const scores = [
      scoreQuery(q('a', 'a'), ['/articles/a/']),
      scoreQuery(q('b', 'b'), ['/articles/x/', '/articles/b/']),
      scoreQuery(q('版权所有'), []),
      scoreQuery(q('免责声明'), ['/articles/x/']),
    ];
    expect(summarize(scores)).toEqual({ queries: 4, positives: 2, negatives: 2, mrr: 0.75, recall: 1, top1: 0.5, negativesClean: 1 });
  });
});

describe('kindToCategory', () => {
  test('reads the category from the start of the kind', () => {
    expect(kindToCategory('compound: place + topic', false)).toBe('compound');
    expect(kindToCategory('compound negative: parts in different articles', true)).toBe('compound negative');
    expect(kindToCategory('abbreviation: 工信部', false)).toBe('abbreviation');
    expect(kindToCategory('negative: only in the footer', true)).toBe('negative');
    expect(kindToCategory('rare name', false)).toBe('single term');
  });
});

describe('summarizeByCategory', () => {
  test('summarizes each category apart, in a fixed order', () => {
    const kinded = (query: string, kind: string, ...relevant: string[]) => ({ ...q(query, ...relevant), kind });
    const scores = [
      scoreQuery(kinded('辽宁营商环境', 'compound: x', 'a'), ['/articles/x/', '/articles/a/']),
      scoreQuery(kinded('柏青禾', 'rare name', 'b'), ['/articles/b/']),
      scoreQuery(kinded('杭州垃圾分类', 'compound negative: x'), []),
    ];
    expect(summarizeByCategory(scores).map((c) => [c.category, c.summary.mrr, c.summary.negativesClean])).toEqual([
      ['single term', 1, 0],
      ['compound', 0.5, 0],
      ['compound negative', 0, 1],
    ]);
  });
});
