/**
 * npm run lighthouse [-- --content <dir>] [--runs <n>] [--json <file>] [--strict]
 * Builds the site (default: content/) with its URL set to a local server, serves it, and
 * runs Lighthouse (pinned in package.json) in Debian's Chromium on an article, a column
 * and the search page (when the site has one). Prints the four category scores and the
 * article page's gzip weight. With `--runs n`, each page is audited n times and the median
 * score per category is reported (scores move on a loaded machine). `--strict` exits 1
 * when any score is below 100.
 * Chromium: CHROME_PATH, else CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { filesToAuditPages, scoresToTable, type ScoreRow } from './lib/lighthouse/pages.ts';
import { chromiumPath } from '../scripts/lib/serve/chromium.ts';
import { serveStatic } from '../scripts/lib/serve/static-server.ts';
import { htmlToWeight } from './lib/lighthouse/weight.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const { values } = commandArgsOrExit({
  usage: 'npm run lighthouse -- [--content <dir>] [--runs <n>] [--json <file>] [--strict]',
  nothingDone: 'Nothing was run.',
  options: {
    content: { type: 'string', default: 'content' },
    json: { type: 'string' },
    runs: { type: 'string', default: '1' },
    strict: { type: 'boolean', default: false },
  },
});

function median(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const out = mkdtempSync(join(tmpdir(), 'zhuanzai-lighthouse-'));
const server = await serveStatic(out);
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  const env = {
    ...process.env,
    ZHUANZAI_CONTENT_DIR: resolve(values.content),
    ZHUANZAI_OUT_DIR: out,
    SITE_URL: server.origin,
    SITE_BASE: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const args of [
    ['scripts/check.ts', '--quiet'],
    ['node_modules/astro/bin/astro.mjs', 'build', '--silent'],
  ]) {
    const run = spawnSync(process.execPath, args, { env, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed with exit code ${run.status}`);
  }

  const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
  const pages = filesToAuditPages(files);
  // Audit the column that lists the audited article, not an empty one.
  const listing = files.find(
    (f) =>
      /^columns\/[^/]+\/index\.html$/.test(f) && pages.article && readFileSync(join(out, f), 'utf8').includes(`href="${pages.article}"`),
  );
  if (listing) pages.column = `/${listing.slice(0, -'index.html'.length)}`;
  if (!pages.search) console.warn('No /search/ page in this build: the search page is not audited.');

  chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows: ScoreRow[] = [];
  const failing: string[] = [];
  const runs = Math.max(1, Number(values.runs) || 1);
  for (const [page, path] of Object.entries(pages)) {
    const url = `${server.origin}${path}`;
    const samples: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { categories, audits } = result.lhr;
      for (const c of CATEGORIES) {
        const score = categories[c]?.score;
        if (typeof score === 'number') samples[c]?.push(score);
        for (const ref of categories[c]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            failing.push(`${page} run ${run}: ${c}/${ref.id} ${audit.score} ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
    rows.push({ page, url, scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(samples[c] ?? [])])) });
  }
  console.log(scoresToTable(rows, CATEGORIES));
  if (failing.length > 0) console.log(`\nAudits below full marks:\n${failing.join('\n')}`);

  let weight;
  if (pages.article) {
    const html = readFileSync(join(out, pages.article, 'index.html'), 'utf8');
    weight = htmlToWeight(html, (url) => readFileSync(join(out, url)));
    console.log(
      `\nArticle page ${pages.article}: ${weight.total} bytes gzip (HTML ${weight.html}, external CSS/JS ${weight.total - weight.html}); render-blocking scripts: ${weight.blockingScripts.length}`,
    );
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ rows, failing, weight }, null, 2)}\n`);
  if (values.strict && rows.some((r) => Object.values(r.scores).some((s) => s !== 1))) process.exitCode = 1;
} finally {
  chrome?.kill();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
