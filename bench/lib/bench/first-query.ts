import { launchChromium } from '../../../scripts/lib/serve/chromium.ts';
import { serveStatic } from '../../../scripts/lib/serve/static-server.ts';

export interface FirstQuery {
  query: string;
  results: number;
  /** Titles of the first ten results, to compare sharded and unsharded indexes. */
  top: string[];
  /** Response-body bytes on the wire (text gzipped, as any static host serves it) for loading Pagefind and running one search. */
  bytes: number;
  requests: number;
  /** Bytes by kind: `js`, `wasm`, `entry`, `meta`, `index`, `fragment`, `filter`, `other`. */
  byKind: Record<string, number>;
  ms: number;
  /** On the search page: bytes and time until the first results were on screen (before older years were merged). */
  firstAnswer?: { bytes: number; ms: number; byKind: Record<string, number> };
}

/**
 * The page that loads Pagefind and runs the first query; served beside the built site. It
 * reads `/pagefind/shards.json`, loads the first bundle and merges the others (`mergeIndex`).
 */
const SEARCH_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title>
<script type="module">
window.benchSearch = async (query, shardLimit) => {
  const manifest = await (await fetch('/pagefind/shards.json')).json();
  const [first, ...rest] = manifest.shards.slice(0, shardLimit);
  const pagefind = await import(first.bundlePath + 'pagefind.js');
  await pagefind.options({ basePath: first.bundlePath });
  for (const shard of rest) await pagefind.mergeIndex(shard.bundlePath);
  const search = await pagefind.search(query);
  const top = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return { results: search.results.length, titles: top.map((d) => d.meta.title) };
};
</script></html>`;

function kindOf(url: string): string {
  if (url.endsWith('.js')) return 'js';
  if (/wasm/.test(url)) return 'wasm';
  if (url.endsWith('pagefind-entry.json') || url.endsWith('shards.json')) return 'entry';
  for (const kind of ['meta', 'index', 'fragment', 'filter']) if (url.endsWith(`.pf_${kind}`)) return kind;
  return 'other';
}

function bytesByKind(sent: readonly { url: string; bytes: number }[]): Record<string, number> {
  const byKind: Record<string, number> = {};
  for (const s of sent) byKind[kindOf(s.url)] = (byKind[kindOf(s.url)] ?? 0) + s.bytes;
  return byKind;
}

/**
 * Serves `dist` on 127.0.0.1, opens Chromium, and measures the first search's transfer over the
 * first `shardLimit` shards of `/pagefind/shards.json` (all by default). Bytes
 * are response bodies as sent (headers excluded), counted by the server, because Pagefind
 * fetches from a Web Worker that the page's DevTools session does not see.
 */
export async function measureFirstQuery(dist: string, query: string, shardLimit = Infinity): Promise<FirstQuery> {
  let sent: { url: string; bytes: number }[] = [];
  // Like a static host or CDN: text is gzipped on the wire; Pagefind's binary files are gzip already.
  const server = await serveStatic(dist, {
    cacheControl: 'no-store',
    routes: { '/__bench__/': { type: 'text/html; charset=utf-8', body: SEARCH_PAGE } },
    // A miss (the browser's favicon request) is not part of the search.
    onResponse: (url, bytes, status) => {
      if (status === 200) sent.push({ url, bytes });
    },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/__bench__/`);
    sent = [];
    const started = performance.now();
    type BenchSearch = (q: string, limit: number) => Promise<{ results: number; titles: string[] }>;
    const found = await page.evaluate(([q, limit]) => (window as unknown as { benchSearch: BenchSearch }).benchSearch(q, limit), [
      query,
      shardLimit,
    ] as const);
    const ms = performance.now() - started;
    const byKind = bytesByKind(sent);
    return {
      query,
      results: found.results,
      top: found.titles,
      bytes: sent.reduce((sum, s) => sum + s.bytes, 0),
      requests: sent.length,
      byKind,
      ms: Math.round(ms),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The first query as a reader makes it: the portal's own search page is opened, then the query
 * typed and submitted; counted are the bytes from the submit until the results are shown (the
 * page itself, loaded before, is not part of the query). On a sharded index this is the newest
 * year, plus every other year when the newest has fewer than a page of results.
 */
export async function measureSearchPage(dist: string, query: string): Promise<FirstQuery> {
  let sent: { url: string; bytes: number; at: number }[] = [];
  const server = await serveStatic(dist, {
    cacheControl: 'no-store',
    onResponse: (url, bytes, status) => {
      if (status === 200) sent.push({ url, bytes, at: Date.now() });
    },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    sent = [];
    const started = performance.now();
    const startedAt = Date.now();
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(
      (q) => document.title.startsWith(q) && document.getElementById('search-results')?.getAttribute('aria-busy') === 'false',
      query,
    );
    const ms = performance.now() - started;
    // The first answer (on a sharded site, the newest year's results, shown while the other years
    // load): the page marks it; responses the server finished before that moment are its bytes.
    const firstAt = await page.evaluate(() => {
      const mark = performance.getEntriesByType('mark').find((m) => m.name.startsWith('search:'));
      return mark ? performance.timeOrigin + mark.startTime : undefined;
    });
    const before = firstAt === undefined ? sent : sent.filter((s) => s.at <= firstAt);
    const firstAnswer = {
      bytes: before.reduce((sum, s) => sum + s.bytes, 0),
      ms: Math.round((firstAt ?? Date.now()) - startedAt),
      byKind: bytesByKind(before),
    };
    const top = await page.locator('#search-results > li h2').allTextContents();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const byKind = bytesByKind(sent);
    return {
      query,
      results: Number(/找到 (\d+) 篇/.exec(status)?.[1] ?? 0),
      top,
      bytes: sent.reduce((sum, s) => sum + s.bytes, 0),
      requests: sent.length,
      byKind,
      ms: Math.round(ms),
      firstAnswer,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
