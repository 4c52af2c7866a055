import type { ComparisonRun } from './comparison.ts';
import type { FirstQuery } from './first-query.ts';
import type { PartsRun } from './parts.ts';
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
    [`${label}: plan (what changed)`, s(p.plan)],
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

function comparisonRows(r: BenchResult, c: ComparisonRun): [string, string][] {
  return [
    [`${c.name}: pages`, `${s(c.pages.ms)}, CPU ${s(c.pages.cpuMs)}, peak ${gb(c.pages.peakRss)}, ${c.htmlPages} .html`],
    [`  Pagefind CLI over them`, `${s(c.search.ms)}, CPU ${s(c.search.cpuMs)}, peak ${gb(c.search.peakRss)}`],
    [`  ${c.name} + Pagefind: total`, `${s(c.totalMs)}, peak ${gb(c.peakRss)}`],
    [
      `  this build / ${c.name} + Pagefind`,
      `${(r.cold.ms / c.totalMs).toFixed(2)} (wall), ${(r.cold.peakRss / c.peakRss).toFixed(2)} (peak RSS)`,
    ],
  ];
}

function partsRows(r: BenchResult, p: PartsRun): [string, string][] {
  return [
    ...p.parts.map((part, i): [string, string] => [
      `part ${i + 1} of ${p.count}`,
      `${s(part.ms)}, CPU ${s(part.cpuMs)}, peak ${gb(part.peakRss)}; sync ${s(part.phases.content)}, rendering ${s(part.phases.render)}, search ${s(part.phases.search)} (waited ${s(part.phases.searchWait)})`,
    ]),
    [
      `  assembly`,
      `${s(p.assemble.ms)}, CPU ${s(p.assemble.cpuMs)}, peak ${gb(p.assemble.peakRss)}; sync ${s(p.assemble.phases.content)}, rendering ${s(p.assemble.phases.render)}`,
    ],
    [
      `  longest part / cold build`,
      `${(p.longestMs / r.cold.ms).toFixed(2)}; with the assembly ${((p.longestMs + p.assemble.ms) / r.cold.ms).toFixed(2)}`,
    ],
    [
      `  assembled dist/ against the cold build's`,
      p.differing.length === 0 ? 'byte for byte the same' : `${p.differing.length} file(s) differ: ${p.differing.slice(0, 3).join(', ')}`,
    ],
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
    [
      'corpus',
      `${r.corpus.kind}: ${mb(r.corpus.bytes)}, ${(r.corpus.bodyChars / r.n).toFixed(0)} chars/article, ${r.corpus.plainProse} plain-prose bodies, ${r.corpus.fastPath} on the fast path`,
    ],
    ...buildRows('cold', r.cold),
    ...(r.rebuild ? buildRows('rebuild after 1 edit', r.rebuild) : []),
    ...(r.rebuildAddTen
      ? [
          ...buildRows('rebuild after 10 added', r.rebuildAddTen),
          ['rebuild after 10 added: share of cold', `${((100 * r.rebuildAddTen.ms) / r.cold.ms).toFixed(1)} %`] as [string, string],
        ]
      : []),
    ['pages (.html)', String(r.pages)],
    ['dist size', mb(r.distBytes)],
    ['search index', `${mb(r.index.bytes)} in ${r.index.files} files`],
    ...queryRows(`first query "${q.query}"`, q),
    ...(r.firstQueryNewest ? queryRows('first query, newest shard only', r.firstQueryNewest) : []),
    ...r.searchPages.flatMap((page) => [
      ...queryRows(`search page "${page.query}"`, page),
      ...(page.firstAnswer
        ? ([
            ['  first results on screen after', `${kib(page.firstAnswer.bytes)}, ${page.firstAnswer.ms} ms`],
            ['    by kind', kindsOf(page.firstAnswer.byKind)],
          ] as [string, string][])
        : []),
    ]),
    ...[r.hugo, r.astroMinimal].flatMap((c) => (c ? comparisonRows(r, c) : [])),
    ...(r.parts ? partsRows(r, r.parts) : []),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
