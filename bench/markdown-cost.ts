/**
 * npm run bench:markdown -- [--n 1000] [--seed 1]
 * What the Markdown of article bodies costs, in CPU time (robust on a shared machine, unlike
 * wall time): the benchmark corpus's bodies rendered one after another in this process by the
 * site's Markdown processor (Astro's unified pipeline with the site's rehype plugins, behind the
 * plain-prose fast path, as the build renders them), and by the search index's HTML writer.
 * Bodies are grouped by what they carry. Prints a table and JSON.
 */
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import { articleProcessor, articleUnifiedProcessor } from '../src/plugins/markdown-processor.ts';
import { markdownToSearchHtml } from '../scripts/lib/search-index/markdown-html.ts';
import { bodyConstructs } from './lib/bench/constructs.ts';
import { benchArticle, benchSources } from './lib/bench/corpus.ts';

const { values } = commandArgsOrExit({
  usage: 'npm run bench:markdown -- [--n 1000] [--seed 1]',
  nothingDone: 'Nothing was run.',
  options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
});
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('--n must be a positive integer and --seed an integer, e.g. npm run bench:markdown -- --n 1000');
  process.exit(2);
}

/** The group a body falls in: plain prose, or the first construct it carries in this order. */
function group(body: string): string {
  const c = bodyConstructs(body);
  if (c.plainProse) return 'plain prose';
  for (const key of ['tables', 'lists', 'attachments', 'images', 'links', 'strong'] as const) if (c[key]) return key;
  return 'other';
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

const sources = benchSources();
const shared = { syntaxHighlight: false as const };
const site = await articleProcessor({ base: '/', siteHost: 'bench.example.cn' }).createRenderer(shared);
const pipeline = await articleUnifiedProcessor({ base: '/', siteHost: 'bench.example.cn' }).createRenderer(shared);
// Warm up both renderers and the search writer (JIT, lazy plugin set-up) before anything is timed.
for (let i = 1; i <= Math.min(n, 100); i++) {
  for (const plain of [false, true]) {
    const { body } = benchArticle(seed + 1, i, sources, plain);
    await site.render(body, { frontmatter: {} });
    await pipeline.render(body, { frontmatter: {} });
    markdownToSearchHtml(body);
  }
}
const rows: Record<string, { bodies: number; chars: number; siteMs: number; pipelineMs: number; searchMs: number }> = {};
for (const plain of [false, true]) {
  for (let i = 1; i <= n; i++) {
    const { body } = benchArticle(seed, i, sources, plain);
    const key = plain ? 'plain corpus (--plain)' : group(body);
    const row = (rows[key] ??= { bodies: 0, chars: 0, siteMs: 0, pipelineMs: 0, searchMs: 0 });
    row.bodies += 1;
    row.chars += body.length;
    let t = process.cpuUsage();
    await site.render(body, { frontmatter: {} });
    row.siteMs += cpuMs(t);
    t = process.cpuUsage();
    await pipeline.render(body, { frontmatter: {} });
    row.pipelineMs += cpuMs(t);
    t = process.cpuUsage();
    markdownToSearchHtml(body);
    row.searchMs += cpuMs(t);
  }
}
const total = Object.entries(rows)
  .filter(([k]) => !k.startsWith('plain corpus'))
  .reduce((a, [, r]) => ({ bodies: a.bodies + r.bodies, siteMs: a.siteMs + r.siteMs, searchMs: a.searchMs + r.searchMs }), {
    bodies: 0,
    siteMs: 0,
    searchMs: 0,
  });
const fmt = (ms: number, count: number) => (ms / count).toFixed(2).padStart(8);
console.log(
  `${'bodies'.padEnd(24)} ${'count'.padStart(6)} ${'chars'.padStart(6)} ${'site ms'.padStart(8)} ${'unified'.padStart(8)} ${'search'.padStart(8)}`,
);
for (const [key, r] of Object.entries(rows))
  console.log(
    `${key.padEnd(24)} ${String(r.bodies).padStart(6)} ${String(Math.round(r.chars / r.bodies)).padStart(6)} ${fmt(r.siteMs, r.bodies)} ${fmt(r.pipelineMs, r.bodies)} ${fmt(r.searchMs, r.bodies)}`,
  );
console.log(
  `representative corpus: ${fmt(total.siteMs, total.bodies)} ms a body (site renderer), ${fmt(total.searchMs, total.bodies)} ms (search HTML)`,
);
console.log(JSON.stringify({ n, seed, rows, total }, null, 2));
