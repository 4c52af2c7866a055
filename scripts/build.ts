/**
 * npm run build [-- --full]: checks all content, then builds the pages (Astro, in a child
 * process) and the search index (Pagefind, from the checked content, in this process) at the
 * same time, into a staging folder that is swapped into `dist/` only when both succeeded. A
 * failed build leaves the previous `dist/` as it was, so CI can never upload a half-built site.
 *
 * When only article bodies changed since the last build of the same `dist/`, only those pages
 * are rendered and the search shards holding them re-indexed (scripts/lib/build/incremental.ts);
 * `--full` (or ZHUANZAI_FULL_BUILD=1) always builds everything.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasPage } from '../src/lib/visibility.ts';
import { checkContent } from './lib/check/index.ts';
import { formatText, summarise } from './lib/check/report.ts';
import { currentState, inodeOf, linkTree, overlayPartial, planBuild, readState, stateFile, writeState } from './lib/build/incremental.ts';
import { findScheduled, publicationNow } from './lib/build/scheduled.ts';
import { stagingDirFor, swapIn } from './lib/build/staging.ts';
import { startSearchIndex } from './lib/search-index/index.ts';

const root = process.cwd();
const contentDir = resolve(process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content');
const outDir = resolve(process.env['ZHUANZAI_OUT_DIR'] ?? 'dist');
const forceFull = process.argv.includes('--full') || process.env['ZHUANZAI_FULL_BUILD'] === '1';
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const checkStarted = performance.now();
const { files, problems, articles, site } = await checkContent({ contentDir, root });
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.error(formatText(problems));
if (errors.length > 0 || !site) {
  console.error(summarise(problems, files));
  console.error('构建已停止：请先修正以上内容错误。The build stopped before writing anything: fix the content errors above.');
  process.exit(1);
}
console.log(`Checked ${files} article file(s) in ${seconds(checkStarted)}.`);

const now = publicationNow();
const scheduled = findScheduled(articles, now);
if (scheduled.length > 0) {
  const next = scheduled[0];
  console.log(
    `定时发布 Scheduled: ${scheduled.length} article(s) wait for their \`published\` time (now ${now}, Asia/Shanghai); next: ${next?.file} at ${next?.published}.`,
  );
}

// What changed since the last build of this output folder decides how much is rebuilt.
const statePath = stateFile(root, outDir);
const state = currentState({ root, contentDir, outDir, articles, now, env: process.env });
let plan = forceFull ? ({ kind: 'full', reason: '--full' } as const) : planBuild(readState(statePath), state, inodeOf(outDir));
if (plan.kind === 'partial') {
  const withPage = new Set(articles.filter((a) => hasPage(a.data, { now, includeDrafts: false })).map((a) => a.id));
  const ids = plan.ids.filter((id) => withPage.has(id));
  plan = ids.length > 0 ? { kind: 'partial', ids } : { kind: 'unchanged' };
}
if (plan.kind === 'unchanged') {
  console.log(`Nothing to rebuild: no page of ${outDir} would change. (npm run build -- --full builds everything.)`);
  writeState(statePath, state, outDir);
  process.exit(0);
}
console.log(
  plan.kind === 'full'
    ? `Full build (${plan.reason}).`
    : `Incremental build: ${plan.ids.length} article page(s) changed, no other page shows what changed (npm run build -- --full builds everything).`,
);

const search = startSearchIndex({
  root,
  contentDir,
  articles,
  now,
  base: process.env['SITE_BASE'] ?? site.site.base ?? '/',
  shardSetting: process.env['ZHUANZAI_SEARCH_SHARDS'],
});
// The promise is awaited below; until then a failure must not end the process as unhandled.
search.done.catch(() => undefined);
console.log(
  `Indexing ${search.shards.length} search shard(s) (${search.mode === 'year' ? 'one per year' : 'one index'}) while the pages build…`,
);

const staging = stagingDirFor(outDir);
const partialDir = `${staging}.partial`;
await rm(staging, { recursive: true, force: true });
await rm(partialDir, { recursive: true, force: true });
const pagesStarted = performance.now();
const status = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ZHUANZAI_OUT_DIR: plan.kind === 'partial' ? partialDir : staging,
      ZHUANZAI_NOW: now,
      ...(plan.kind === 'partial' ? { ZHUANZAI_ONLY_ARTICLES: plan.ids.join('\n') } : {}),
    },
  });
  child.on('close', (code) => done(code ?? 1));
});
search.useAllCores();
const abandon = async (message: string, code: number) => {
  await rm(staging, { recursive: true, force: true });
  await rm(partialDir, { recursive: true, force: true });
  console.error(`${message} ${outDir} 未改动。${outDir} was left as it was.`);
  process.exit(code);
};
if (status !== 0) await abandon('构建失败。The page build failed;', status);
if (plan.kind === 'partial') {
  try {
    linkTree(outDir, staging);
    overlayPartial(partialDir, staging, plan.ids);
    await rm(partialDir, { recursive: true, force: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await abandon('增量构建失败，请运行 npm run build -- --full。The incremental build failed (run npm run build -- --full);', 1);
  }
}
console.log(`Pages built in ${seconds(pagesStarted)}.`);

try {
  const run = await search.done;
  search.install(staging);
  const cache =
    search.mode === 'year' ? `${search.shards.length} shards, ${run.reused} unchanged` : run.reused > 0 ? 'unchanged' : 'one index';
  console.log(`Indexed ${run.pages} pages for search (${cache}) in ${(run.ms / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await abandon('搜索索引失败。Search indexing failed;', 1);
}
await swapIn(staging, outDir);
writeState(statePath, state, outDir);
console.log(`Built ${files} article file(s) into ${outDir}.`);
