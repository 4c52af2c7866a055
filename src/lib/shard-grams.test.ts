import { describe, expect, test } from 'vitest';
import { groupsToIndex } from './search-synonyms.ts';
import {
  bucketCount,
  gramBucket,
  maskToShards,
  shardsToMask,
  termsToCutKeys,
  termsToGrams,
  termsToShards,
  textToGrams,
} from './shard-grams.ts';

// Six shards; which hold each bigram.
const directory: Record<string, number[]> = {
  东川: [2, 5],
  川市: [2],
  营商: [0, 1, 2, 3, 4, 5],
  商环: [0, 1, 2, 3, 4, 5],
  环境: [0, 1, 2, 3, 4, 5],
  工信: [4],
  信部: [4],
  信息: [1, 3],
  工业: [1, 3, 4],
  业和: [1, 3],
  和信: [1, 3],
  息化: [1, 3],
  化部: [3],
};
const shardsOf = (gram: string) => directory[gram] ?? [];

describe('textToGrams', () => {
  test('returns the pairs of adjacent characters, an astral character counted as one', () => {
    expect([...textToGrams('营商环境')]).toEqual(['营商', '商环', '环境']);
    expect([...textToGrams('𠀾村a')]).toEqual(['𠀾村', '村a']);
    expect([...textToGrams('村')]).toEqual([]);
  });
});

describe('shardsToMask', () => {
  test('writes shard positions as hex, four to a digit, and maskToShards reads them back', () => {
    expect([shardsToMask([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 10), shardsToMask([1, 8], 10), shardsToMask([], 3)]).toEqual(['ff3', '201', '0']);
    expect([maskToShards('201'), maskToShards('ff3').length, maskToShards('')]).toEqual([[1, 8], 10, []]);
  });
});

describe('bucketCount', () => {
  test('returns the smallest power of two that keeps buckets at 128 bigrams or fewer', () => {
    expect([bucketCount(0), bucketCount(128), bucketCount(129), bucketCount(90_000)]).toEqual([1, 1, 2, 1024]);
  });
});

describe('gramBucket', () => {
  test('returns the same bucket on every machine and in every build (FNV-1a of the UTF-16 code units)', () => {
    // Pinned: the build writes the files and the page computes the names with this one function.
    expect([gramBucket('东川', 128), gramBucket('营商', 128), gramBucket('营商', 1), gramBucket('ab', 4096)]).toEqual([50, 18, 0, 1482]);
  });
});

describe('termsToShards', () => {
  test('returns the shards where some cut of the term has all its bigrams: 东川市 only where 川市 is too', () => {
    expect(termsToShards(['东川市营商环境'], 6, shardsOf)).toEqual([2]);
    expect(termsToShards(['营商环境'], 6, shardsOf)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(termsToShards(['东川'], 6, shardsOf)).toEqual([2, 5]);
  });

  test('returns no shard when a piece is nowhere, and every shard for one character (no bigram to tell)', () => {
    expect(termsToShards(['杭州垃圾分类'], 6, shardsOf)).toEqual([]);
    expect(termsToShards(['东'], 6, shardsOf)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('needs every term of a query with spaces', () => {
    expect(termsToShards(['东川', '营商环境'], 6, shardsOf)).toEqual([2, 5]);
    expect(termsToShards(['东川', '川市'], 6, shardsOf)).toEqual([2]);
  });

  test('counts a register form of a piece: 工信部 is in shard 4, 工业和信息化部 in shard 3', () => {
    const synonyms = groupsToIndex([['工信部', '工业和信息化部']]);
    expect(termsToShards(['工信部'], 6, shardsOf)).toEqual([4]);
    expect(termsToShards(['工信部'], 6, shardsOf, synonyms)).toEqual([3, 4]);
    expect(termsToGrams(['工信部'], synonyms).sort()).toEqual(['业和', '信息', '信部', '和信', '化部', '工业', '工信', '息化'].sort());
  });

  test('cannot tell for a term with punctuation: Pagefind keeps phrase hits that differ in punctuation', () => {
    expect(termsToShards(['国发〔2022〕1号'], 6, shardsOf)).toBeUndefined();
    expect(termsToShards(['pm2.5'], 6, shardsOf)).toBeUndefined();
  });
});

describe('termsToCutKeys', () => {
  /** Pages as their titles and texts: a pair is in a page when either holds it. */
  const pages = [
    { title: '东川召开营商大会', text: '' },
    { title: '营商环境', text: '东川区' },
    { title: '通知', text: '东川区营商环境' },
    { title: '通知', text: '东川区' },
    { title: '工业和信息化部', text: '数字化转型' },
  ];
  const has = (key: 'title' | 'text') => (gram: string, page: number) =>
    textToGrams(pages[page]!.title).has(gram) || (key === 'text' && textToGrams(pages[page]!.text).has(gram));
  const keys = (terms: string[], synonyms?: ReturnType<typeof groupsToIndex>) =>
    [...termsToCutKeys(terms, [0, 1, 2, 3, 4], has('text'), has('title'), synonyms)].map(([n, k]) => [n, k && [k.pieces, k.outside]]);

  test('the fewest pieces a page holds by its pairs, then the fewest outside its title', () => {
    // 东川营商: two pieces on pages 0–2; both in the title of 0, one (营商) in that of 1, none in 2's; 3 lacks 营商.
    expect(keys(['东川营商'])).toEqual([
      [0, [2, 0]],
      [1, [2, 1]],
      [2, [2, 2]],
      [3, undefined],
      [4, undefined],
    ]);
  });

  test('a register form of a piece counts, in the title too', () => {
    const synonyms = groupsToIndex([['工信部', '工业和信息化部']]);
    expect(keys(['工信部数字化'], synonyms).at(4)).toEqual([4, [2, 1]]);
    expect(keys(['工信部数字化']).at(4)).toEqual([4, undefined]);
  });
});
