import { describe, expect, test } from 'vitest';
import { groupsToIndex } from '../../lib/search-synonyms.ts';
import { rankPages } from './complete.ts';
import { needsScores, runSearch } from './engine.ts';
import type { Pagefind, PagefindData, PagefindResult, PagefindSearchOptions } from './pagefind.ts';

interface FakePage {
  url: string;
  content: string;
  numbers?: string[];
  /** Relevance; by default falling in list order. */
  score?: number;
  date?: string;
  /** The bundle the page is in (`分片`); one bundle by default. */
  shard?: string;
}

/**
 * A Pagefind stand-in over a list of pages: the loose search returns them all by score (equal
 * scores in list order, as Pagefind keeps the order it read pages in), the phrase search the
 * pages holding the phrase (none with `phraseMisses`, as when segmenters disagree). Sorted by
 * date, each bundle is sorted and the bundles interleaved by place, as Pagefind's mergeIndex does.
 */
function fakePagefind(pages: readonly FakePage[], phraseMisses = true) {
  const searches: string[] = [];
  const loaded = new Set<string>();
  const result = (i: number, score: number): PagefindResult => {
    const page = pages[i]!;
    const data: PagefindData = {
      url: page.url,
      content: page.content,
      excerpt: '',
      meta: { title: '', date: page.date ?? '' },
      filters: {},
    };
    return { id: page.url, score, words: [0], data: async () => (loaded.add(page.url), data) };
  };
  const pf: Pagefind = {
    search: async (term: string | null, options?: PagefindSearchOptions) => {
      const wanted = options?.filters?.['文号'];
      const shards = options?.filters?.['分片'];
      searches.push(`${term ?? 'null'} ${JSON.stringify(options?.filters ?? {})}${options?.sort ? ' sorted' : ''}`);
      const phrase = term?.startsWith('"') ? term.slice(1, -1) : undefined;
      if (phrase !== undefined && phraseMisses) return { results: [], filters: {} };
      const ids = pages
        .map((_, i) => i)
        .filter(
          (i) =>
            (!wanted || wanted.every((n) => pages[i]!.numbers?.includes(n))) &&
            (!shards || shards.includes(pages[i]!.shard ?? 'all')) &&
            (!phrase || pages[i]!.content.includes(phrase)),
        );
      if (!options?.sort) {
        const scored = ids.map((i) => result(i, pages[i]!.score ?? pages.length - i));
        return { results: scored.sort((a, b) => b.score - a.score), filters: {} };
      }
      // Each bundle newest first, a page's score its place in its bundle; bundles merged by score.
      const bundles = [...new Set(ids.map((i) => pages[i]!.shard ?? 'all'))];
      const results = bundles.flatMap((shard) => {
        const own = ids.filter((i) => (pages[i]!.shard ?? 'all') === shard).sort((a, b) => (pages[a]!.date! < pages[b]!.date! ? -1 : 1));
        return own.map((i, place) => result(i, place)).reverse();
      });
      return { results: results.sort((a, b) => b.score - a.score), filters: {} };
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
    const [all, first] = await Promise.all([runSearch(full.pf, state, '养老服务'), runSearch(quick.pf, state, '养老服务', { quick: 10 })]);
    expect([all.total, full.loaded.size]).toEqual([30, 12]);
    expect([first.total, quick.loaded.size, (await first.page(10)).map((d) => d.url)]).toEqual([
      30,
      10,
      many.slice(0, 10).map((p) => p.url),
    ]);
  });

  test('orders equal scores newest first, whatever order Pagefind read the pages in', async () => {
    const tied = [
      { url: '/articles/a/', content: '养老服务中心开业。', score: 2, date: '2022-03-01' },
      { url: '/articles/b/', content: '养老服务中心开业。', score: 2, date: '2024-05-01' },
      { url: '/articles/c/', content: '养老服务中心开业。', score: 2, date: '2023-01-01' },
      { url: '/articles/d/', content: '养老服务政策解读。', score: 3, date: '2021-01-01' },
    ];
    const state = { q: '养老服务', sort: 'relevance', filters: {} } as const;
    const orders = await Promise.all(
      [tied, [...tied].reverse()].map(async (pages) =>
        (await (await runSearch(fakePagefind(pages, false).pf, state, '养老服务')).page(10)).map((d) => d.url),
      ),
    );
    expect(orders).toEqual([
      ['/articles/d/', '/articles/b/', '/articles/c/', '/articles/a/'],
      ['/articles/d/', '/articles/b/', '/articles/c/', '/articles/a/'],
    ]);
  });

  test('lists newest first across shards, which Pagefind interleaves when it sorts merged bundles', async () => {
    const pages = [
      { url: '/articles/2024-b/', content: '养老服务。', date: '2024-09-01', shard: '2024' },
      { url: '/articles/2024-a/', content: '养老服务。', date: '2024-02-01', shard: '2024' },
      { url: '/articles/2023-c/', content: '养老服务。', date: '2023-12-01', shard: '2023' },
      { url: '/articles/2023-b/', content: '养老服务。', date: '2023-06-01', shard: '2023' },
      { url: '/articles/2023-a/', content: '养老服务。', date: '2023-01-01', shard: '2023' },
    ];
    const newest = pages.map((p) => p.url);
    const { pf } = fakePagefind(pages, false);
    const byDate = { q: '养老服务', sort: 'date', filters: {} } as const;
    // Merged and sorted, Pagefind alone gives 2023-c, 2024-b, 2023-b, 2024-a, 2023-a.
    const merged = await pf.search('"养老服务"', { sort: { date: 'desc' } });
    expect(merged.results.map((r) => r.id)).toEqual([
      '/articles/2023-c/',
      '/articles/2024-b/',
      '/articles/2023-b/',
      '/articles/2024-a/',
      '/articles/2023-a/',
    ]);
    const query = await runSearch(pf, byDate, '养老服务', { shards: ['2024', '2023'] });
    expect((await query.page(10)).map((d) => d.url)).toEqual(newest);
    const listing = await runSearch(pf, { q: '', sort: 'date', filters: { source: '来源' } }, '', { shards: ['2024', '2023'] });
    expect([listing.total, (await listing.page(10)).map((d) => d.url)]).toEqual([5, newest]);
  });

  test('widens the window for a compound query while each step finds more matches', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => ({ url: `/articles/${i}/`, content: `第${i}篇：辽宁召开会议，部署环境整治。` }));
    filler[2] = { url: '/articles/third/', content: '辽宁省近日印发措施，全省将持续优化营商环境。' };
    filler[10] = { url: '/articles/eleventh/', content: '辽宁各地营商环境持续改善。' };
    filler[20] = { url: '/articles/21st/', content: '辽宁：营商环境评价结果发布。' };
    const { pf, loaded } = fakePagefind(filler);
    const outcome = await runSearch(pf, { q: '辽宁营商环境', sort: 'relevance', filters: {} }, '辽宁营商环境');
    // Steps of 4, 8, 12, 24 and 48 pages: the 12th and the 24th still find a match, so the search goes on to 48, which finds none.
    expect([outcome.total, (await outcome.page(10)).map((d) => d.url).sort(), loaded.size]).toEqual([
      3,
      ['/articles/21st/', '/articles/eleventh/', '/articles/third/'],
      48,
    ]);
    const [target] = await outcome.page(1);
    expect(outcome.marks(target!)).toEqual([['辽宁'], ['营商环境']]);
  });

  test('loads no more than 4 from each list for a compound query in a first answer; the full search finds the rest', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => ({ url: `/articles/${i}/`, content: `第${i}篇：辽宁召开会议，部署环境整治。` }));
    filler[5] = { url: '/articles/sixth/', content: '辽宁省近日印发措施，全省将持续优化营商环境。' };
    filler[20] = { url: '/articles/21st/', content: '辽宁各地营商环境持续改善。' };
    const { pf, loaded } = fakePagefind(filler);
    const state = { q: '辽宁营商环境', sort: 'relevance', filters: {} } as const;
    const first = await runSearch(pf, state, '辽宁营商环境', { quick: 10 });
    // The sixth plain result is the first that holds both pieces: beyond a first answer's reach.
    expect([first.total, loaded.size]).toEqual([0, 4]);
    const full = await runSearch(pf, state, '辽宁营商环境');
    expect((await full.page(1)).map((d) => d.url)).toEqual(['/articles/sixth/']);
  });

  test('searches the other forms of a register word and keeps the pages holding one', async () => {
    const list = [
      { url: '/articles/a/', content: '工业和信息化部印发数字化转型指南。' },
      { url: '/articles/b/', content: '数字化转型论坛举行。' },
    ];
    const { pf, searches } = fakePagefind(list);
    const synonyms = groupsToIndex([['工信部', '工业和信息化部']]);
    const outcome = await runSearch(pf, { q: '工信部数字化转型', sort: 'relevance', filters: {} }, '工信部数字化转型', { synonyms });
    expect(searches).toContain('工业和信息化部数字化转型 {}');
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/articles/a/']);
    expect(outcome.marks((await outcome.page(1))[0]!)).toEqual([['工业和信息化部'], ['数字化转型']]);
  });

  test('offers the words of a query nothing holds, and the pages holding some of them', async () => {
    const list = [
      { url: '/articles/hz/', content: '杭州招募赛会志愿者。' },
      { url: '/articles/lj/', content: '生活垃圾分类覆盖全部街道。' },
    ];
    const { pf } = fakePagefind(list);
    const outcome = await runSearch(pf, { q: '杭州垃圾分类', sort: 'relevance', filters: {} }, '杭州垃圾分类');
    expect([outcome.total, outcome.words]).toEqual([0, ['杭州', '垃圾', '分类']]);
    expect((await outcome.partial()).map((d) => d.url)).toEqual(['/articles/lj/', '/articles/hz/']);
  });
});

describe('rankPages (the complete answer from the page postings)', () => {
  const doc = (id: string, title: string, content: string, date: string, filters: Record<string, string[]> = {}): PagefindData => ({
    url: `/articles/${id}/`,
    content,
    excerpt: '',
    meta: { title, date },
    filters,
  });
  const pages = [
    doc('a', '辽宁持续优化营商环境', '辽宁……营商环境。', '2024-03-01', { 栏目: ['要闻'] }),
    doc('b', '东川市召开全会', '东川市持续优化营商环境。', '2021-05-01', { 栏目: ['要闻'] }),
    doc('c', '营商环境评价', '东川市在全省营商环境评价中位列第一。', '2023-01-01', { 栏目: ['地方'] }),
    doc('d', '养老服务', '东川市养老服务中心开业。', '2024-06-01', { 栏目: ['地方'] }),
  ];
  const known = new Map(pages.map((d) => [d.url, Promise.resolve(d)]));
  const posting = pages.map((d) => ({ id: d.url, fragment: `/pagefind/fragment/${d.url}.pf_fragment`, bundlePath: '/pagefind/' }));
  const state = (sort: 'relevance' | 'date' = 'relevance', filters = {}) => ({ q: '东川市营商环境', sort, filters });

  test('keeps the articles that hold every piece, by tier and pieces, and counts them exactly', async () => {
    const { outcome, needsScores } = await rankPages(state(), '东川市营商环境', posting, { known });
    // b holds 东川市营商环境 nowhere whole, but 东川市 and 营商环境 in its text; c holds 营商环境 in its title.
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/articles/c/', '/articles/b/']);
    expect([outcome.total, needsScores]).toEqual([2, false]);
    expect(outcome.marks((await outcome.page(1))[0]!)).toEqual([['东川市'], ['营商环境']]);
    expect(await outcome.facets()).toEqual({ 栏目: { 地方: 1, 要闻: 1 } });
  });

  test('sorts by date, applies filters to the articles own values, and offers the partial list only when none holds the query', async () => {
    const byDate = (await rankPages(state('date'), '东川市营商环境', posting, { known })).outcome;
    expect((await byDate.page(10)).map((d) => d.url)).toEqual(['/articles/c/', '/articles/b/']);
    const filtered = (await rankPages(state('relevance', { column: '要闻' }), '东川市营商环境', posting, { known })).outcome;
    expect([(await filtered.page(10)).map((d) => d.url), filtered.total]).toEqual([['/articles/b/'], 1]);
    const partial = async () => [pages[3]!];
    const none = (await rankPages(state(), '东川市垃圾分类', posting, { known, partial })).outcome;
    expect([none.total, await none.partial()]).toEqual([0, [pages[3]]]);
    const found = (await rankPages(state(), '东川市营商环境', posting, { known, partial })).outcome;
    expect(await found.partial()).toEqual([]);
  });

  test('sorts articles of the same day by the minute and id of their order key, as Pagefind sorts by date', async () => {
    const sameDay = [
      {
        ...doc('e', '石门镇', '石门镇建国路改造。', '2024-06-01'),
        meta: { title: '石门镇', date: '2024-06-01', order: '2024-06-01 08:00 e' },
      },
      {
        ...doc('f', '建国路', '石门镇建国路通车。', '2024-06-01'),
        meta: { title: '建国路', date: '2024-06-01', order: '2024-06-01 17:30 f' },
      },
    ];
    const known = new Map(sameDay.map((d) => [d.url, Promise.resolve(d)]));
    const posting = sameDay.map((d) => ({ id: d.url, fragment: '', bundlePath: '/pagefind/' }));
    const { outcome } = await rankPages({ q: '石门镇建国路', sort: 'date', filters: {} }, '石门镇建国路', posting, { known });
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/articles/f/', '/articles/e/']);
  });

  test('needs Pagefind scores when two articles hold the whole query in the same tier', async () => {
    expect((await rankPages(state(), '营商环境', posting, { known })).needsScores).toBe(true);
    expect((await rankPages(state(), '养老服务', posting, { known })).needsScores).toBe(false);
    expect(needsScores(['东川市'], pages)).toBe(true);
    expect(needsScores(['辽宁'], pages)).toBe(false);
  });
});
