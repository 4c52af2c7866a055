import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../bench/lib/eval-search/build.ts';
import { readQueries } from '../../bench/lib/eval-search/queries.ts';
import { OUTPUT, ROOT } from '../setup/paths.ts';
import { launchChromium, serveDist, watchConsole, type StaticServer } from './harness.ts';

/**
 * The search fixture built twice: one index, and shards by date with at most 5 articles each, so
 * that 2021 is one shard, 2022 is cut into halves, and 2023 and 2024 into quarters.
 */
const BASE = '/news/';
const CONTENT = join(ROOT, 'tests/fixtures/search/content');
const QUERIES = readQueries(join(ROOT, 'tests/fixtures/search/queries.tsv'));
const ONE = join(OUTPUT, 'search-one-dist');
const SHARDED = join(OUTPUT, 'search-year-dist');
/** The sharded site with `ZHUANZAI_SEARCH_POSTING_CAP` 2 (in shards.json): a word in three or more articles is "on many pages". */
const CAPPED = join(OUTPUT, 'search-year-cap2-dist');

let browser: Browser;
let one: StaticServer;
let sharded: StaticServer;
let capped: StaticServer;

beforeAll(async () => {
  buildSite(CONTENT, ONE, BASE, { ZHUANZAI_SEARCH_SHARDS: 'none' });
  // The first answer covers the newest shards up to 5 articles (2024-11 … 2024-08); the rest are merged as the query needs.
  buildSite(CONTENT, SHARDED, BASE, { ZHUANZAI_SEARCH_SHARDS: 'year', ZHUANZAI_SEARCH_SHARD_SIZE: '5', ZHUANZAI_SEARCH_FIRST_ANSWER: '5' });
  rmSync(CAPPED, { recursive: true, force: true });
  cpSync(SHARDED, CAPPED, { recursive: true });
  const manifestFile = join(CAPPED, 'pagefind/shards.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { postings: { buckets: number; cap: number } };
  expect(manifest.postings.cap).toBe(40);
  manifest.postings.cap = 2;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  browser = await launchChromium();
  [one, sharded, capped] = await Promise.all([serveDist(ONE, BASE), serveDist(SHARDED, BASE), serveDist(CAPPED, BASE)]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await one?.close();
  await sharded?.close();
  await capped?.close();
});

async function results(site: StaticServer, query: string): Promise<{ links: string[]; status: string; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await settle(page);
  const links = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  await page.close();
  return { links, status, problems };
}

function settle(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
}

describe('shards by year and part of a year', () => {
  test('are listed newest first in shards.json, the newest at /pagefind/', () => {
    const manifest = JSON.parse(readFileSync(join(SHARDED, 'pagefind/shards.json'), 'utf8')) as {
      shards: { id: string; bundlePath: string; pages: number }[];
    };
    expect(manifest.shards[0]).toEqual({ id: '2024-11', bundlePath: '/news/pagefind/', pages: 1 });
    expect(manifest.shards.slice(1).map((s) => [s.id, s.bundlePath, s.pages])).toEqual([
      ['2024-10', '/news/pagefind/shards/2024-10/', 1],
      ['2024-09', '/news/pagefind/shards/2024-09/', 2],
      ['2024-08', '/news/pagefind/shards/2024-08/', 1],
      ['2024-07', '/news/pagefind/shards/2024-07/', 1],
      ['2024-06', '/news/pagefind/shards/2024-06/', 2],
      ['2024-05', '/news/pagefind/shards/2024-05/', 2],
      ['2024-04', '/news/pagefind/shards/2024-04/', 2],
      ['2024-03', '/news/pagefind/shards/2024-03/', 3],
      ['2024-02', '/news/pagefind/shards/2024-02/', 1],
      ['2024-01', '/news/pagefind/shards/2024-01/', 3],
      ['2023-10', '/news/pagefind/shards/2023-10/', 3],
      ['2023-07', '/news/pagefind/shards/2023-07/', 4],
      ['2023-04', '/news/pagefind/shards/2023-04/', 4],
      ['2023-01', '/news/pagefind/shards/2023-01/', 3],
      ['2022-10', '/news/pagefind/shards/2022-10/', 4],
      ['2022-07', '/news/pagefind/shards/2022-07/', 2],
      ['2022-04', '/news/pagefind/shards/2022-04/', 3],
      ['2022-01', '/news/pagefind/shards/2022-01/', 1],
      ['2021-07', '/news/pagefind/shards/2021-07/', 3],
      ['2021-01', '/news/pagefind/shards/2021-01/', 3],
      ['2020', '/news/pagefind/shards/2020/', 1],
    ]);
  });

  test.each(QUERIES.map((q) => [q.query, q.kind] as const))('%s (%s): the same results, in the same order, as one index', async (query) => {
    const [a, b] = await Promise.all([results(one, query), results(sharded, query)]);
    expect(b.links).toEqual(a.links);
    expect(b.status).toBe(a.status);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  test.each([
    // Only 2024-05 holds 柏青 and 青禾 both: the page postings name its one article, whose fragment alone is
    // fetched, and no Pagefind index is loaded at all.
    ['柏青禾', [], ['2024-05'], true],
    // 郇立峰 is in 2024-10, which the first answer would cover: the postings name it as well.
    ['郇立峰', [], ['2024-10'], true],
    // 辽宁 and 营商环境 are together in one article of 2024-03 only.
    ['辽宁营商环境', [], ['2024-03'], true],
    // Three articles of 2024-04, 2023-07 and 2022-04 hold 河长制 (two in their texts): the postings name them, but
    // their order needs Pagefind's scores, so the first answer's shards and those that hold them are searched.
    ['河长制', ['2024-11', '2024-10', '2024-09', '2024-08', '2024-04', '2023-07', '2022-04'], [], true],
  ])(
    '%s: the page postings answer it where they suffice, else only the shards that can hold it are searched',
    async (query, searched, direct, consulted) => {
      const page = await browser.newPage();
      const fetched = new Set<string>();
      const fragments = new Set<string>();
      let postings = 0;
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        const m = /\/pagefind\/(?:shards\/([^/]+)\/)?pagefind-entry\.json$/.exec(path);
        if (m) fetched.add(m[1] ?? '2024-11');
        const f = /\/pagefind\/shards\/([^/]+)\/fragment\//.exec(path);
        if (f && r.resourceType() === 'fetch') fragments.add(f[1]!);
        if (path.includes('/pagefind/postings/')) postings += 1;
      });
      await page.goto(`${sharded.url}search/?q=${encodeURIComponent(query)}`);
      await settle(page);
      const links = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      await page.close();
      expect([...fetched].sort().reverse()).toEqual(searched);
      // Fragments of shards whose Pagefind index was not loaded: read directly, as the postings named them.
      expect([...fragments].filter((id) => !fetched.has(id))).toEqual(direct);
      expect(postings > 0).toBe(consulted);
      expect(links).toEqual((await results(one, query)).links);
      expect(links.length).toBeGreaterThan(0);
    },
  );

  test.each([
    ['辽宁营商环境', 'sort=date'],
    ['工信部数字化转型', 'sort=date'],
    ['青禾 农场', 'sort=date'],
    ['青禾 农场', 'column=要闻'],
    ['杭州亚运会志愿者', 'column=要闻'],
    ['王建国', 'sort=date&column=要闻'],
  ])('%s with %s: the same results, facets and status as one index', async (query, params) => {
    const search = async (site: StaticServer) => {
      const page = await browser.newPage();
      const problems = watchConsole(page);
      let postings = 0;
      page.on('request', (r) => {
        if (r.url().includes('/pagefind/postings/')) postings += 1;
      });
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}&${params}`);
      await settle(page);
      await page.waitForFunction(() => document.getElementById('search-facets')?.getAttribute('aria-busy') !== 'true');
      const out = {
        links: await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
        status: (await page.locator('#search-status').textContent()) ?? '',
        facets: await page.locator('#search-facets a').allTextContents(),
        problems,
      };
      await page.close();
      return { out, postings };
    };
    const [a, b] = await Promise.all([search(one), search(sharded)]);
    expect(b.out).toEqual(a.out);
    // Both answered from the page postings: one index has them too, for its one shard.
    expect([a.postings > 0, b.postings > 0]).toEqual([true, true]);
    expect(b.out.links.length).toBeGreaterThan(0);
  });

  test.each([
    ['示范', '2022'],
    ['河长制', '2023'],
  ])('%s with the year filter %s: the same results as one index, all of that year', async (query, year) => {
    const search = async (site: StaticServer) => {
      const page = await browser.newPage();
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}&year=${year}`);
      await settle(page);
      const out = {
        links: await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
        dates: await page.locator('#search-results time').allTextContents(),
        status: (await page.locator('#search-status').textContent()) ?? '',
      };
      await page.close();
      return out;
    };
    const [a, b] = await Promise.all([search(one), search(sharded)]);
    expect(b).toEqual(a);
    expect(b.dates.length).toBeGreaterThan(0);
    expect(b.dates.filter((d) => !d.startsWith(`${year}-`))).toEqual([]);
  });

  /** Every result of a query (all pages of 加载更多), its status, and the Pagefind indexes and fragments it fetched. */
  async function everything(site: StaticServer, query: string, params = '') {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    const entries = new Set<string>();
    let fragments = 0;
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      const m = /\/pagefind\/(?:shards\/([^/]+)\/)?pagefind-entry\.json$/.exec(path);
      if (m) entries.add(m[1] ?? '2024-11');
      if (path.endsWith('.pf_fragment')) fragments += 1;
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}${params}`);
    await settle(page);
    const firstStatus = (await page.locator('#search-status').textContent()) ?? '';
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    const items = await page
      .locator('#search-results > li h2 a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })));
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await page.close();
    return { items, links: items.map((i) => i.href), firstStatus, status, problems, entries: [...entries].sort().reverse(), fragments };
  }

  /** An article's `order` key (its date to the minute, then its id), as its page gives it to Pagefind. */
  function orderOf(href: string): string {
    const html = readFileSync(join(ONE, href.slice(BASE.length), 'index.html'), 'utf8');
    const m = /data-pagefind-meta="order\[data-value\]" data-value="([^"]+)"/.exec(html);
    if (!m) throw new Error(`No order key in ${href}`);
    return m[1]!;
  }
  const newestFirst = (a: string, b: string) => (orderOf(a) < orderOf(b) ? 1 : orderOf(a) > orderOf(b) ? -1 : 0);

  test('a word on more pages than the cap (工作, 13 articles): those with it in the title, then the rest, each newest first, no older shard searched', async () => {
    const [a, b] = await Promise.all([everything(one, '工作'), everything(capped, '工作')]);
    expect(a.links.length).toBe(13);
    expect(b.status).toBe(a.status);
    expect(b.status).toBe('找到 13 篇与“工作”相关的文章。');
    const titled = a.items.filter((i) => i.title.includes('工作')).map((i) => i.href);
    const untitled = a.items.filter((i) => !i.title.includes('工作')).map((i) => i.href);
    expect(titled.length).toBe(8);
    expect(b.links).toEqual([...titled.sort(newestFirst), ...untitled.sort(newestFirst)]);
    // No Pagefind index was loaded: the fragments of the pages shown were read directly.
    expect(b.entries).toEqual([]);
    expect(b.fragments).toBe(13);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  test('a word of three characters (示范市: 28 articles hold it, one index finds 27): the count is marked approximate until every page is checked', async () => {
    const [a, b] = await Promise.all([everything(one, '示范市'), everything(capped, '示范市')]);
    expect(a.status).toBe('找到 27 篇与“示范市”相关的文章。');
    // The first page checks ten of them; the rest count as candidates (every pair of the word) until shown.
    expect(b.firstStatus).toMatch(/^找到 \d+ 篇与“示范市”相关的文章（约数，翻页时逐篇核对）。$/);
    // One more than one index: 《示范市委第二轮巡察完成进驻》 holds 示范市 in its title, but Pagefind's
    // indexer cut it 示范 | 市委, so its phrase search misses it; every page is checked literally here.
    const extra = '/news/articles/2024/03/xunshi-jiancha/';
    expect(a.links).not.toContain(extra);
    expect(b.status).toBe('找到 28 篇与“示范市”相关的文章。');
    const titled = [...a.items.filter((i) => i.title.includes('示范市')).map((i) => i.href), extra];
    const untitled = a.items.filter((i) => !i.title.includes('示范市')).map((i) => i.href);
    expect(b.links).toEqual([...titled.sort(newestFirst), ...untitled.sort(newestFirst)]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  test('few enough to check all (河长制, 3 articles, twice the cap 4): shown, then settled to the exact count', async () => {
    const [a, b] = await Promise.all([everything(one, '河长制'), everything(capped, '河长制')]);
    expect(b.status).toBe('找到 3 篇与“河长制”相关的文章。');
    expect(b.status).toBe(a.status);
    const titled = a.items.filter((i) => i.title.includes('河长制')).map((i) => i.href);
    const untitled = a.items.filter((i) => !i.title.includes('河长制')).map((i) => i.href);
    expect(b.links).toEqual([...titled.sort(newestFirst), ...untitled.sort(newestFirst)]);
    expect([b.entries, b.fragments]).toEqual([[], 3]);
  });

  test('sorted by date, the same list as one index gives: every match newest first', async () => {
    const [a, b] = await Promise.all([everything(one, '工作', '&sort=date'), everything(capped, '工作', '&sort=date')]);
    expect(b.links).toEqual(a.links);
    expect(b.links).toEqual([...a.links].sort(newestFirst));
    expect(b.status).toBe(a.status);
    expect(b.entries).toEqual([]);
  });

  test('with a column filter, the shards are searched as before: the same as one index', async () => {
    const [a, b] = await Promise.all([everything(one, '工作', '&column=要闻'), everything(capped, '工作', '&column=要闻')]);
    expect(b.links).toEqual(a.links);
    expect(b.status).toBe(a.status);
    expect(b.links.length).toBeGreaterThan(0);
  });
});
