import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../bench/lib/eval-search/build.ts';
import { readQueries } from '../../bench/lib/eval-search/queries.ts';
import { DEMO_DIST, OUTPUT, ROOT } from '../setup/paths.ts';
import { launchChromium, serveDist, watchConsole, type StaticServer } from './harness.ts';

/** The search fixture is built under a sub-path, so every link is checked with a base. */
const BASE = '/news/';
const CONTENT = join(ROOT, 'tests/fixtures/search/content');
const DIST = join(OUTPUT, 'search-dist');
const QUERIES = readQueries(join(ROOT, 'tests/fixtures/search/queries.tsv'));

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  buildSite(CONTENT, DIST, BASE);
  browser = await launchChromium();
  site = await serveDist(DIST, BASE);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function search(page: Page, query: string, extra = ''): Promise<void> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await settle(page);
}

function settle(page: Page): Promise<unknown> {
  return page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
}

async function openFilters(page: Page): Promise<void> {
  await page.getByText('筛选：栏目、来源、年份').click();
  await page.waitForFunction(() => document.getElementById('search-facets')?.getAttribute('aria-busy') === 'false');
}

function resultLinks(page: Page): Promise<string[]> {
  return page.locator('#search-results > li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
}

describe('/search/?q= on the fictional search corpus', () => {
  test.each(QUERIES.map((q) => [q.query, q.kind, q.relevant[0]] as const))('%s (%s) puts %s first', async (query, _kind, expected) => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await search(page, query);
    const links = await resultLinks(page);
    if (expected === undefined) {
      expect(links).toEqual([]);
      await expect(page.locator('#search-status').textContent()).resolves.toMatch(new RegExp(`^找到 0 篇与“${query}”相关的文章。`));
    } else {
      expect(links[0]).toBe(`${BASE}${expected.slice(1)}`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a result shows the title as its first link, date, source, column and a highlighted excerpt', async () => {
    const page = await browser.newPage();
    await search(page, '99.3万');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('a').first().textContent()).resolves.toBe('示范市网格化服务一年走访群众99.3万人次');
    await expect(first.locator('.search-result-meta').textContent()).resolves.toBe('发布时间：2024-01-09 来源：示范日报 栏目：民生');
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['99.3万']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 1 篇与“99.3万”相关的文章。');
    await page.close();
  });

  test('a compound query marks every piece, in the excerpt where they sit closest', async () => {
    const page = await browser.newPage();
    await search(page, '辽宁营商环境');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('a').first().textContent()).resolves.toBe('辽宁出台新一轮支持民营经济发展措施');
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['辽宁', '营商环境']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 1 篇与“辽宁营商环境”相关的文章。');
    await page.close();
  });

  test('an abbreviation marks the form the text holds', async () => {
    const page = await browser.newPage();
    await search(page, '工信部数字化转型');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['工业和信息化部', '数字化转型', '数字化转型']);
    await page.close();
  });

  test('when no article holds every word, one sentence offers each word alone, and partial matches stand apart', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await search(page, '杭州垃圾分类');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 0 篇与“杭州垃圾分类”相关的文章。');
    await expect(page.locator('#search-suggest').textContent()).resolves.toBe(
      '没有同时包含“杭州”“垃圾”“分类”的文章，可以去掉一个词再搜：杭州、垃圾、分类。',
    );
    await expect(page.locator('#search-suggest a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual([
      '?q=%E6%9D%AD%E5%B7%9E',
      '?q=%E5%9E%83%E5%9C%BE',
      '?q=%E5%88%86%E7%B1%BB',
    ]);
    expect(await resultLinks(page)).toEqual([]);
    await expect(page.getByRole('region', { name: '部分匹配' }).getByRole('heading').textContent()).resolves.toBe('只包含部分关键词的文章');
    const partial = await page.locator('#search-partial a').allTextContents();
    expect(partial).toContain('三万余名“小青荷”上岗服务赛场内外');
    expect(partial).toContain('示范市生活垃圾分类覆盖全部城区街道');
    await page.getByRole('link', { name: '杭州', exact: true }).click();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('杭州');
    expect(await resultLinks(page)).toEqual([`${BASE}articles/2023/09/hangzhou-xiaoqinghe/`]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('HTML-like text in an article is shown as text, never as markup', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await search(page, 'onerror');
    const excerpt = page.locator('#search-results .search-result-excerpt').first();
    await expect(excerpt.textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    await expect(page.locator('#search-results img').count()).resolves.toBe(0);
    await expect(excerpt.locator('mark').allTextContents()).resolves.toEqual(['onerror']);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a Traditional query is searched in Simplified and says so', async () => {
    const page = await browser.newPage();
    await search(page, '監察法');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 1 篇与“監察法”相关的文章（已按简体“监察法”搜索）。');
    await page.close();
  });
});

describe('search page behaviour', () => {
  test('the header form on an article page leads to /news/search/?q= and runs the query', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}articles/2023/08/hezhang-zhi/`);
    const form = page.getByRole('search', { name: '站内搜索' });
    await form.getByRole('searchbox', { name: '搜索关键词' }).fill('河长制');
    await form.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(`${site.url}search/?q=%E6%B2%B3%E9%95%BF%E5%88%B6`);
    await settle(page);
    expect(await resultLinks(page)).toEqual([
      `${BASE}articles/2023/08/hezhang-zhi/`,
      `${BASE}articles/2024/04/shuili-huiyi/`,
      `${BASE}articles/2022/05/hedao-qingli/`,
    ]);
    await page.close();
  });

  test('works from the keyboard: type, Enter, and the status announces the count', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    await settle(page);
    await page.getByRole('searchbox', { name: '关键词', exact: true }).focus();
    await page.keyboard.type('津贴');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=%E6%B4%A5%E8%B4%B4/);
    await settle(page);
    await expect(page.locator('#search-status').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 2 篇与“津贴”相关的文章。');
    await page.close();
  });

  test('facets filter through the URL, and back returns to the unfiltered results', async () => {
    const page = await browser.newPage();
    await search(page, '河长制');
    await openFilters(page);
    const facet = page.getByRole('navigation', { name: '按栏目筛选' });
    await expect(facet.getByRole('link').allTextContents()).resolves.toEqual(['全部', '要闻（2）', '民生（1）']);
    await facet.getByRole('link', { name: '民生（1）' }).click();
    await page.waitForURL(/column=%E6%B0%91%E7%94%9F/);
    await settle(page);
    expect(await resultLinks(page)).toEqual([`${BASE}articles/2022/05/hedao-qingli/`]);
    await page.goBack();
    await page.waitForURL(`${site.url}search/?q=%E6%B2%B3%E9%95%BF%E5%88%B6`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 3);
    await settle(page);
    expect(await resultLinks(page)).toHaveLength(3);
    await page.close();
  });

  test('a plain search fetches no filter chunks until the filter panel is opened', async () => {
    const page = await browser.newPage();
    const filterChunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterChunks.push(r.url());
    });
    await search(page, '河长制');
    expect(filterChunks).toEqual([]);
    await openFilters(page);
    await expect(page.getByRole('navigation', { name: '按年份筛选' }).getByRole('link').allTextContents()).resolves.toEqual([
      '全部',
      '2024（1）',
      '2023（1）',
      '2022（1）',
    ]);
    expect(filterChunks.length).toBeGreaterThan(0);
    await page.close();
  });

  test('sort by newest orders results by date', async () => {
    const page = await browser.newPage();
    await search(page, '河长制', '&sort=date');
    expect(await resultLinks(page)).toEqual([
      `${BASE}articles/2024/04/shuili-huiyi/`,
      `${BASE}articles/2023/08/hezhang-zhi/`,
      `${BASE}articles/2022/05/hedao-qingli/`,
    ]);
    await page.close();
  });

  test('加载更多 adds the next ten results and moves focus to the first new one', async () => {
    const page = await browser.newPage();
    await search(page, '示范');
    await expect(page.locator('#search-results > li').count()).resolves.toBe(10);
    await page.getByRole('button', { name: '加载更多' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 20);
    await expect(
      page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children[10]?.contains(document.activeElement)),
    ).resolves.toBe(true);
    await page.close();
  });

  test('without JavaScript the page says so and links every column', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=%E6%B2%B3%E9%95%BF%E5%88%B6`);
    await expect(page.locator('.search-nojs').textContent()).resolves.toContain('搜索需要启用 JavaScript');
    const hrefs = await page.locator('noscript a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `${BASE}columns/yaowen/`,
      `${BASE}columns/tongzhi/`,
      `${BASE}columns/minsheng/`,
      `${BASE}columns/fazhi/`,
      `${BASE}archive/`,
    ]);
    await context.close();
  });
});

describe('the built search page', () => {
  test('is indexable, with one canonical URL for every query (Lighthouse SEO counts noindex against it)', () => {
    const html = readFileSync(join(DIST, 'search/index.html'), 'utf8');
    expect(html).not.toContain('name="robots"');
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe('https://fixture.example.cn/news/search/');
  });

  test('has a page script of at most 10 KB gzip', () => {
    const html = readFileSync(join(DIST, 'search/index.html'), 'utf8');
    const src = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/news\/_astro\//);
    const file = join(DIST, src!.slice(BASE.length));
    expect(gzipSync(readFileSync(file), { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
    // OpenCC stays out of the page script: it is a separate chunk loaded on demand.
    expect(readFileSync(file, 'utf8')).not.toContain('TSCharacters');
    expect(readdirSync(join(DIST, '_astro')).length).toBeGreaterThan(1);
  });
});

describe("/search/?q= on the repository's own content (the seed reprint)", () => {
  let demo: StaticServer;
  beforeAll(async () => {
    demo = await serveDist(DEMO_DIST);
  });
  afterAll(async () => {
    await demo?.close();
  });

  test.each([
    ['鞍山文明城市', ['鞍山', '文明城市']],
    ['创文', ['创城']],
  ])('%s finds the seed article and marks %j', async (query, marks) => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${demo.url}search/?q=${encodeURIComponent(query)}`);
    await settle(page);
    expect(await resultLinks(page)).toEqual(['/articles/2024/04/anshan-wenming-chengshi/']);
    const found = await page.locator('#search-results mark').allTextContents();
    expect([...new Set(found)]).toEqual(marks);
    expect(problems).toEqual([]);
    await page.close();
  });
});
