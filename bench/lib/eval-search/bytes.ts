import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadStockPagefind } from './browser.ts';

export interface TransferReport {
  query: string;
  requests: number;
  /** Bytes as the test server sent them (it does not compress). */
  served: number;
  /** What a CDN that gzips HTML, JS, CSS, JSON would send (Pagefind gzips its index, fragments and WebAssembly itself). */
  gzip: number;
  byKind: Record<string, { requests: number; gzip: number }>;
}

const COMPRESSIBLE = /\.(html|js|css|json|svg)$|\/$/;

function kindOf(path: string): string {
  if (path.includes('/pagefind/fragment/')) return 'pagefind fragments';
  if (path.includes('/pagefind/index/')) return 'pagefind index chunks';
  if (path.includes('/pagefind/')) return 'pagefind runtime (js, wasm, meta)';
  if (path.includes('/_astro/')) return 'search page script';
  return 'page (html)';
}

/**
 * Opens `/search/?q=` in a fresh browser context and counts every response body. With `stock`,
 * it instead opens the home page and runs what Pagefind's own UI does for a first query
 * (a plain `search()` and the data of the first 5 results); only `/pagefind/` responses count.
 */
export async function measureFirstQuery(browser: Browser, siteUrl: string, query: string, stock = false): Promise<TransferReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (stock) await page.goto(siteUrl);
  const bodies: Promise<{ path: string; size: number; gzip: number; skip: boolean }>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then((body) => {
        const path = new URL(response.url()).pathname;
        if (stock && !path.includes('/pagefind/')) return { path, size: 0, gzip: 0, skip: true };
        const gzip = COMPRESSIBLE.test(path) ? gzipSync(body, { level: 6 }).length : body.length;
        return { path, size: body.length, gzip, skip: false };
      }),
    );
  });
  if (stock) {
    await loadStockPagefind(page, siteUrl);
    await page.evaluate(async (q) => {
      interface Stock {
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      }
      const pf = (window as unknown as { stockPagefind: Stock }).stockPagefind;
      const res = await pf.search(q);
      await Promise.all(res.results.slice(0, 5).map((r) => r.data()));
    }, query);
  } else {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
  }
  const all = (await Promise.all(bodies)).filter((b) => !b.skip);
  await context.close();
  const byKind: TransferReport['byKind'] = {};
  for (const b of all) {
    const k = (byKind[kindOf(b.path)] ??= { requests: 0, gzip: 0 });
    k.requests++;
    k.gzip += b.gzip;
  }
  return {
    query,
    requests: all.length,
    served: all.reduce((a, b) => a + b.size, 0),
    gzip: all.reduce((a, b) => a + b.gzip, 0),
    byKind,
  };
}
