import type { FirstQuery } from './first-query.ts';
import type { BenchResult, BuildRun } from './run.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function buildRows(label: string, run: BuildRun): [string, string][] {
  const p = run.phases;
  return [
    [`${label}: total (npm run build)`, s(run.ms)],
    [`${label}: CPU time (user + system)`, s(run.cpuMs)],
    [`${label}: content check`, s(p.check)],
    [`${label}: astro startup`, s(p.startup)],
    [`${label}: content loading (sync)`, s(p.content)],
    [`${label}: types + bundle`, s(p.bundle)],
    [`${label}: rendering pages`, s(p.render)],
    [`${label}: after rendering`, s(p.pagesFinish)],
    [`${label}: search indexing (alongside)`, s(p.search)],
    [`${label}: waiting for search after pages`, s(p.searchWait)],
    [`${label}: finish (install, swap)`, s(p.finish)],
    [`${label}: peak RSS (process tree)`, gb(run.peakRss)],
  ];
}

function queryRows(label: string, q: FirstQuery): [string, string][] {
  return [
    [label, `${kib(q.bytes)} in ${q.requests} requests, ${q.results} results, ${q.ms} ms`],
    ['  by kind', kindsOf(q.byKind)],
  ];
}

function kindsOf(byKind: Record<string, number>): string {
  return Object.entries(byKind)
    .map(([k, v]) => `${k} ${kib(v)}`)
    .join(', ');
}

/** The human-readable table; the JSON carries the same numbers in ms and bytes. */
export function formatTable(r: BenchResult): string {
  const q = r.firstQuery;
  const rows: [string, string][] = [
    ['articles (seed), search shards', `${r.n} (${r.seed}), ${r.shards}: ${r.searchShards} bundle(s)`],
    ['load average before', r.loadavg.join(' ')],
    ['corpus', `${mb(r.corpus.bytes)}, ${(r.corpus.bodyChars / r.n).toFixed(0)} chars/article`],
    ...buildRows('cold', r.cold),
    ...(r.rebuild ? buildRows('rebuild after 1 edit', r.rebuild) : []),
    ['pages (.html)', String(r.pages)],
    ['dist size', mb(r.distBytes)],
    ['search index', `${mb(r.index.bytes)} in ${r.index.files} files`],
    ...queryRows(`first query "${q.query}"`, q),
    ...(r.firstQueryNewest ? queryRows('first query, newest shard only', r.firstQueryNewest) : []),
    ...queryRows('first query on the search page', r.searchPage),
    ...(r.searchPage.firstAnswer
      ? ([
          ['  first results on screen after', `${kib(r.searchPage.firstAnswer.bytes)}, ${r.searchPage.firstAnswer.ms} ms`],
          ['    by kind', kindsOf(r.searchPage.firstAnswer.byKind)],
        ] as [string, string][])
      : []),
    ...(r.hugo
      ? ([
          [
            `Hugo ${r.hugo.version}: pages`,
            `${s(r.hugo.pages.ms)}, CPU ${s(r.hugo.pages.cpuMs)}, peak ${gb(r.hugo.pages.peakRss)}, ${r.hugo.htmlPages} .html`,
          ],
          ['Pagefind CLI over the Hugo pages', `${s(r.hugo.search.ms)}, CPU ${s(r.hugo.search.cpuMs)}, peak ${gb(r.hugo.search.peakRss)}`],
          ['Hugo + Pagefind: total', `${s(r.hugo.totalMs)}, peak ${gb(r.hugo.peakRss)}`],
          [
            'this build / Hugo + Pagefind',
            `${(r.cold.ms / r.hugo.totalMs).toFixed(2)} (wall), ${(r.cold.peakRss / r.hugo.peakRss).toFixed(2)} (peak RSS)`,
          ],
        ] as [string, string][])
      : []),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
