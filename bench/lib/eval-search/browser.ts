import type { Page } from 'playwright-core';

export interface PageResults {
  /** Result paths with the base removed, in display order (the first page: up to 10). */
  paths: string[];
  status: string;
}

function stripBase(href: string, base: string): string {
  const path = new URL(href, 'http://x').pathname;
  return path.startsWith(base) ? path.slice(base.length - 1) : path;
}

/** Runs a query through the project's search page, `/search/?q=`, and reads the rendered results. */
export async function searchPage(page: Page, siteUrl: string, base: string, query: string): Promise<PageResults> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
  const hrefs = await page
    .locator('#search-results > li')
    .evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  return { paths: hrefs.map((h) => stripBase(h, base)), status };
}

/**
 * Loads stock Pagefind into the page as `window.stockPagefind`: the first bundle of
 * `/pagefind/shards.json`, with every other shard merged (Pagefind's own `mergeIndex`), so a
 * sharded site is searched whole, as one index would be. `page` must be on a page of the site.
 */
export async function loadStockPagefind(page: Page, siteUrl: string): Promise<void> {
  await page.evaluate(async (root) => {
    // Once per page: merging the same shards again would count their pages twice.
    if ((window as unknown as { stockPagefind?: unknown }).stockPagefind) return;
    const manifest = (await (await fetch(`${root}pagefind/shards.json`)).json()) as { shards: { bundlePath: string }[] };
    const [first, ...rest] = manifest.shards;
    const pf = (await import(/* @vite-ignore */ `${first?.bundlePath ?? `${root}pagefind/`}pagefind.js`)) as {
      mergeIndex: (p: string) => Promise<void>;
    };
    for (const shard of rest) await pf.mergeIndex(shard.bundlePath);
    (window as unknown as { stockPagefind: unknown }).stockPagefind = pf;
  }, new URL(siteUrl).pathname);
}

/**
 * Stock Pagefind on the same index: a plain unquoted `search()` with default options, the top
 * 10 by its own ranking. `page` must be on a page of the site (for `lang`).
 */
export async function stockSearch(page: Page, siteUrl: string, base: string, query: string): Promise<{ paths: string[]; count: number }> {
  await loadStockPagefind(page, siteUrl);
  const out = await page.evaluate(async (q) => {
    interface Stock {
      search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
    }
    const pf = (window as unknown as { stockPagefind: Stock }).stockPagefind;
    const res = await pf.search(q);
    const top = await Promise.all(res.results.slice(0, 10).map(async (r) => (await r.data()).url));
    return { top, count: res.results.length };
  }, query);
  return { paths: out.top.map((h) => stripBase(h, base)), count: out.count };
}
