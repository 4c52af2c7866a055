import { describe, expect, test } from 'vitest';
import { runSearch } from './engine.ts';
import type { Pagefind, PagefindData, PagefindResult, PagefindSearchOptions } from './pagefind.ts';

interface FakePage {
  url: string;
  content: string;
  numbers?: string[];
}

/**
 * A Pagefind stand-in over a list of pages: the loose search returns them all in list order, the
 * phrase search the pages holding the phrase (none with `phraseMisses`, as when segmenters disagree).
 */
function fakePagefind(pages: readonly FakePage[], phraseMisses = true) {
  const searches: string[] = [];
  const loaded = new Set<string>();
  const result = (i: number): PagefindResult => {
    const page = pages[i]!;
    const data: PagefindData = { url: page.url, content: page.content, excerpt: '', meta: { title: '' }, filters: {} };
    return { id: page.url, words: [0], data: async () => (loaded.add(page.url), data) };
  };
  const pf: Pagefind = {
    search: async (term: string | null, options?: PagefindSearchOptions) => {
      const wanted = options?.filters?.['文号'];
      searches.push(`${term ?? 'null'} ${JSON.stringify(options?.filters ?? {})}`);
      const phrase = term?.startsWith('"') ? term.slice(1, -1) : undefined;
      if (phrase !== undefined && phraseMisses) return { results: [], filters: {} };
      const ids = pages
        .map((_, i) => i)
        .filter((i) => (!wanted || wanted.every((n) => pages[i]!.numbers?.includes(n))) && (!phrase || pages[i]!.content.includes(phrase)));
      return { results: ids.map(result), filters: {} };
    },
    filters: async () => ({}),
    mergeIndex: async () => undefined,
  };
  return { pf, searches, loaded };
}

describe('runSearch', () => {
  // 30 pages share the pieces of the document number; Pagefind's phrase search misses (its
  // segmenters disagree) and its loose ranking puts the document itself 26th.
  const pages = Array.from({ length: 30 }, (_, i) => ({
    url: `/articles/${i}/`,
    content: `根据示政明电〔2023〕5号文件，2022年第${i}号公告……`,
    numbers: ['明电2023-5'],
  }));
  pages[25] = { url: '/articles/target/', content: '示政明电〔2022〕1号 各县（市、区）人民政府……', numbers: ['明电2022-1'] };

  test('finds a document by its number through the 文号 filter, beyond the loose window', async () => {
    const { pf, searches } = fakePagefind(pages);
    const outcome = await runSearch(pf, { q: '示政明电〔2022〕1号', sort: 'relevance', filters: {} }, '示政明电〔2022〕1号');
    expect(searches).toContain('null {"文号":["明电2022-1"]}');
    expect([outcome.total, (await outcome.page(10)).map((d) => d.url)]).toEqual([1, ['/articles/target/']]);
  });

  test('finds nothing for a number no article carries', async () => {
    const { pf } = fakePagefind(pages);
    const outcome = await runSearch(pf, { q: '示政明电〔2022〕2号', sort: 'relevance', filters: {} }, '示政明电〔2022〕2号');
    expect(outcome.total).toBe(0);
  });

  test('quick: loads only a page of phrase results when the phrase search fills one', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ url: `/articles/${i}/`, content: `第${i}篇：养老服务工作。` }));
    const state = { q: '养老服务', sort: 'relevance', filters: {} } as const;
    const full = fakePagefind(many, false);
    const quick = fakePagefind(many, false);
    const [all, first] = await Promise.all([runSearch(full.pf, state, '养老服务'), runSearch(quick.pf, state, '养老服务', 10)]);
    expect([all.total, full.loaded.size]).toEqual([30, 12]);
    expect([first.total, quick.loaded.size, (await first.page(10)).map((d) => d.url)]).toEqual([
      30,
      10,
      many.slice(0, 10).map((p) => p.url),
    ]);
  });
});
