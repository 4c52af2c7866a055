import { describe, expect, test } from 'vitest';
import { candidateIds, longestRun, mergeByDate, orderByAdjacency, rankResults, type LoadedDoc, type RankInput } from './search-rank.ts';

function docs(...list: [id: string, title: string, content: string][]): Map<string, LoadedDoc> {
  return new Map(list.map(([id, title, content]) => [id, { id, url: `/articles/${id}/`, title, content }]));
}

describe('candidateIds', () => {
  test('takes the window of each list, in list order, without duplicates', () => {
    expect(
      candidateIds(
        [
          ['a', 'b', 'c'],
          ['c', 'd', 'a', 'e'],
        ],
        2,
      ),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(candidateIds([['a'], ['b', 'a'], ['f', 'g', 'h']], 2)).toEqual(['a', 'b', 'f', 'g']);
  });
});

/** Ranks with the candidates the page would load: `window` from each list. */
function rank(input: Omit<RankInput, 'candidates'> & { window: number }): string[] {
  return rankResults({ ...input, candidates: candidateIds([input.phrase, input.loose], input.window) });
}

describe('longestRun', () => {
  test('finds the longest run of consecutive positions, ignoring order and repeats', () => {
    expect(longestRun([20, 4, 10, 9, 11, 11])).toBe(3);
    expect(longestRun([])).toBe(0);
  });
});

describe('orderByAdjacency', () => {
  test('moves the page whose matched words are adjacent first, keeping order on ties', () => {
    const results = [
      { id: 'shuku', words: [0, 8, 16] },
      { id: 'nongchang', words: [3, 12] },
      { id: 'shequ', words: [2, 67, 68, 69] },
    ];
    expect(orderByAdjacency(results)).toEqual(['shequ', 'shuku', 'nongchang']);
  });
});

describe('rankResults', () => {
  test('puts the one page with a rare name first even when the loose search ranks it last', () => {
    const d = docs(
      ['nongchang', '青禾农场春耕', '青禾农场的柏油路'],
      ['shuku', '青禾水库', '新修柏油路，青禾小学'],
      ['shequ', '青禾社区', '网格员柏青禾带着居民清理楼道'],
    );
    const ranked = rank({ terms: ['柏青禾'], phrase: [], loose: ['nongchang', 'shuku', 'shequ'], docs: d, window: 12 });
    expect(ranked).toEqual(['shequ']);
  });

  test('ranks title matches above body matches, then phrase rank above loose rank', () => {
    const d = docs(
      ['gaowen', '劳动保护专项检查', '高温津贴发放'],
      ['yuer', '育儿津贴申领指南', '育儿津贴按季度发放'],
      ['tiejin', '稳岗贴息', '贴息资金'],
    );
    const ranked = rank({ terms: ['津贴'], phrase: ['gaowen', 'yuer'], loose: ['tiejin', 'yuer', 'gaowen'], docs: d, window: 12 });
    expect(ranked).toEqual(['yuer', 'gaowen']);
  });

  test('returns nothing when only the loose search matched parts of the query (negative query)', () => {
    const d = docs(['banquan', '知识产权宣传周', '围绕版权保护……提醒所有企业']);
    expect(rank({ terms: ['版权所有'], phrase: [], loose: ['banquan'], docs: d, window: 12 })).toEqual([]);
  });

  test('keeps phrase hits that differ only in punctuation, after literal matches', () => {
    const d = docs(['exact', '紧急通知', '示政明电〔2022〕1号'], ['paren', '通知', '示政明电（2022）1号']);
    const ranked = rank({ terms: ['示政明电〔2022〕1号'], phrase: ['paren', 'exact'], loose: [], docs: d, window: 12 });
    expect(ranked).toEqual(['exact', 'paren']);
  });

  test('appends phrase results beyond the window in Pagefind order and removes duplicate URLs', () => {
    const d = docs(['a', '河长制', ''], ['b', '水利', '河长制']);
    d.set('a2', { id: 'a2', url: '/articles/a/', title: '河长制', content: '' });
    const ranked = rank({ terms: ['河长制'], phrase: ['b', 'a', 'a2', 'x', 'y'], loose: [], docs: d, window: 3 });
    expect(ranked).toEqual(['a', 'b', 'x', 'y']);
  });
});

describe('mergeByDate', () => {
  test('merges extras into the sorted phrase list by date, newest first', () => {
    const dates = new Map([
      ['p1', '2024-05-01'],
      ['p2', '2023-01-01'],
    ]);
    const extras = [
      { id: 'e1', date: '2023-06-01' },
      { id: 'e0', date: '2025-01-01' },
    ];
    expect(mergeByDate(['p1', 'p2'], extras, dates)).toEqual({ ids: ['e0', 'p1', 'e1', 'p2'], complete: true });
  });

  test('stops at the first sorted id whose date is not loaded', () => {
    const dates = new Map([['p1', '2024-05-01']]);
    expect(mergeByDate(['p1', 'p2'], [{ id: 'e1', date: '2020-01-01' }], dates)).toEqual({ ids: ['p1'], complete: false });
  });
});
