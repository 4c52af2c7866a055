import { afterEach, describe, expect, test, vi } from 'vitest';
import { encodePostings } from '../../lib/page-postings.ts';
import { textToGrams } from '../../lib/shard-grams.ts';
import type { SearchState } from '../../lib/search-state.ts';
import { fromLists } from './complete.ts';
import type { SearchIndex } from './pagefind.ts';
import { readPostingLists } from './postings.ts';

/**
 * One shard of five pages, numbered newest first as the build numbers them, and the files the
 * search page reads of it (postings, page table, fragments), served by a stand-in `fetch`.
 * 东川市 is whole in the title of p0 and in the texts of p1 and p2; p2's title has 东川 and 川市
 * apart (every pair, not the word); p3's text too (东川 … 四川市场); p4 has neither pair.
 */
const PAGES = [
  { title: '东川市营商环境', content: '东川市营商环境持续优化。' },
  { title: '全市会议', content: '东川市召开会议。' },
  { title: '东川区与川市', content: '东川市与川市合作。' },
  { title: '市场', content: '东川区和四川市场。' },
  { title: '养老', content: '养老服务。' },
];
/**
 * A second site (under /two/) for 东川营商: whole in q1's title; its pieces 东川 and 营商 apart on
 * q0 (营商 in the title), q2 (both in the title), q3 and q5 (both in the text); q4 has 东川 only.
 */
const TWO = [
  { title: '营商环境', content: '东川区优化营商环境。' },
  { title: '东川营商', content: '东川营商大会召开。' },
  { title: '东川召开营商大会', content: '大会召开。' },
  { title: '会议', content: '东川与营商无关字样。' },
  { title: '东川', content: '东川区营造商业。' },
  { title: '通知', content: '东川区营商环境。' },
];
function siteFiles(prefix: string, pages: readonly { title: string; content: string }[]): Record<string, string> {
  const pairs = new Set(pages.flatMap((p) => [...textToGrams(p.title), ...textToGrams(p.content)]));
  const numbers = (g: string, titleOnly: boolean) =>
    pages.flatMap((p, i) => (p.title.includes(g) || (!titleOnly && p.content.includes(g)) ? [i] : []));
  return {
    [`${prefix}pagefind/postings/0.json`]: JSON.stringify(
      Object.fromEntries(
        [...pairs].map((g) => {
          const inTitles = numbers(g, true);
          const entry = [0, encodePostings(numbers(g, false), pages.length)];
          return [g, [inTitles.length > 0 ? [...entry, encodePostings(inTitles, pages.length)] : entry]];
        }),
      ),
    ),
    [`${prefix}pagefind/pages/all/0.json`]: JSON.stringify(pages.map((_, i) => `p${i}`)),
    ...Object.fromEntries(
      pages.map((p, i) => [
        `${prefix}pagefind/fragment/p${i}.pf_fragment`,
        `pagefind_dcd${JSON.stringify({ url: `/a/${i}/`, content: `${p.title}${p.content}`, meta: { title: p.title, date: '2024-01-01' } })}`,
      ]),
    ),
  };
}
const files = { ...siteFiles('/', PAGES), ...siteFiles('/two/', TWO) };

const requested: string[] = [];
vi.stubGlobal('fetch', async (url: string) => {
  requested.push(url);
  const body = files[url];
  return body === undefined ? new Response('', { status: 404 }) : new Response(body);
});
afterEach(() => {
  requested.length = 0;
});

const index = {
  manifest: { shards: [{ id: 'all', bundlePath: '/pagefind/', pages: 5 }], postings: { buckets: 1 } },
  mergeShards: async () => {},
  searched: () => ['all'],
} as unknown as SearchIndex;
const state = (sort: SearchState['sort'] = 'relevance'): SearchState => ({ q: '东川市', sort, filters: {} });

describe('fromLists (a word on more pages than the cap)', () => {
  test('the pages with every pair: title matches first, then text matches, newest first; checked as the reader pages', async () => {
    const lists = (await readPostingLists(index.manifest, '/', ['东川市']))!;
    expect(lists.numbers).toEqual([0, 1, 2, 3]);
    const outcome = (await fromLists(index.manifest, '/', state(), '东川市', lists, { cap: 1 }))!;
    // The first page checks the first title candidate only: the other three count until they are checked.
    expect((await outcome.page(1)).map((d) => d.url)).toEqual(['/a/0/']);
    expect([outcome.total, outcome.approximate]).toEqual([4, true]);
    expect(requested.filter((u) => u.endsWith('.pf_fragment'))).toEqual(['/pagefind/fragment/p0.pf_fragment']);
    // p2's title has both pairs but not the word: it goes among the text matches, in its place (after p1);
    // p3 holds both pairs but not the word: out, and the count follows.
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/a/0/', '/a/1/', '/a/2/']);
    expect([outcome.total, outcome.approximate]).toEqual([3, false]);
    expect(outcome.marks((await outcome.page(1))[0]!)).toEqual([['东川市']]);
  });

  test('a term of two characters is its one pair: the count is exact before any page is checked', async () => {
    const lists = (await readPostingLists(index.manifest, '/', ['东川']))!;
    const outcome = (await fromLists(index.manifest, '/', state(), '东川', lists, { cap: 1 }))!;
    expect((await outcome.page(1)).map((d) => d.url)).toEqual(['/a/0/']);
    expect([outcome.total, outcome.approximate]).toEqual([4, false]);
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/a/0/', '/a/2/', '/a/1/', '/a/3/']);
  });

  test('pages asked for at once are checked one batch after another, in order', async () => {
    const lists = (await readPostingLists(index.manifest, '/', ['东川市']))!;
    const outcome = (await fromLists(index.manifest, '/', state(), '东川市', lists, { cap: 1 }))!;
    const [two, three] = await Promise.all([outcome.page(2), outcome.page(3)]);
    expect([two.map((d) => d.url), three.map((d) => d.url)]).toEqual([
      ['/a/0/', '/a/1/'],
      ['/a/0/', '/a/1/', '/a/2/'],
    ]);
  });

  test('by date: every match newest first', async () => {
    const lists = (await readPostingLists(index.manifest, '/', ['东川市']))!;
    const outcome = (await fromLists(index.manifest, '/', state('date'), '东川市', lists, { cap: 1 }))!;
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/a/0/', '/a/1/', '/a/2/']);
    expect(outcome.total).toBe(3);
  });

  test('up to twice the cap all are checked by settle, after the first page: then the count is exact', async () => {
    const lists = (await readPostingLists(index.manifest, '/', ['东川市']))!;
    const outcome = (await fromLists(index.manifest, '/', state(), '东川市', lists, { cap: 2 }))!;
    expect((await outcome.page(1)).map((d) => d.url)).toEqual(['/a/0/']);
    expect([outcome.total, outcome.approximate]).toEqual([4, true]);
    expect(requested.filter((u) => u.endsWith('.pf_fragment')).length).toBe(1);
    await outcome.settle!();
    expect([outcome.total, outcome.approximate]).toEqual([3, false]);
    expect(requested.filter((u) => u.endsWith('.pf_fragment')).length).toBe(4);
    // With more than twice the cap there is nothing to settle: the count shrinks as the reader pages.
    expect((await fromLists(index.manifest, '/', state(), '东川市', lists, { cap: 1 }))!.settle).toBeUndefined();
  });

  test('a filter other than none leaves the answer to the shards', async () => {
    const lists = (await readPostingLists(index.manifest, '/', ['东川市']))!;
    const filtered = { ...state(), filters: { column: '要闻' } };
    expect(await fromLists(index.manifest, '/', filtered, '东川市', lists, { cap: 1 })).toBeUndefined();
  });

  test('many pages with pieces only: after the whole matches, by their cuts (fewest pieces outside the title first), then newest', async () => {
    const two = {
      ...index,
      manifest: { shards: [{ id: 'all', bundlePath: '/two/pagefind/', pages: TWO.length }], postings: { buckets: 1 } },
    } as unknown as SearchIndex;
    const q = { q: '东川营商', sort: 'relevance' as const, filters: {} };
    const lists = (await readPostingLists(two.manifest, '/two/', ['东川营商']))!;
    expect(lists.numbers).toEqual([0, 1, 2, 3, 5]);
    const outcome = (await fromLists(two.manifest, '/two/', q, '东川营商', lists, { cap: 1 }))!;
    expect((await outcome.page(1)).map((d) => d.url)).toEqual(['/two/a/1/']);
    expect([outcome.total, outcome.approximate]).toEqual([5, true]);
    // q2 has both pieces in its title, q0 one, q3 and q5 none (q3 is newer).
    expect((await outcome.page(10)).map((d) => d.url)).toEqual(['/two/a/1/', '/two/a/2/', '/two/a/0/', '/two/a/3/', '/two/a/5/']);
    expect([outcome.total, outcome.approximate]).toEqual([5, false]);
    expect(outcome.marks((await outcome.page(3))[2]!)).toEqual([['东川'], ['营商']]);
    const byDate = (await fromLists(two.manifest, '/two/', { ...q, sort: 'date' }, '东川营商', lists, { cap: 1 }))!;
    expect((await byDate.page(10)).map((d) => d.url)).toEqual(['/two/a/0/', '/two/a/1/', '/two/a/2/', '/two/a/3/', '/two/a/5/']);
  });
});
