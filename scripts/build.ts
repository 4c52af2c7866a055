/**
 * npm run build [-- --full]: checks all content and builds the pages (Astro, in a child process)
 * and the search index (Pagefind, from the checked content, in this process) at the same time,
 * into a staging folder that is swapped into `dist/` only when all three succeeded. A failed
 * build leaves the previous `dist/` as it was, so CI can never upload a half-built site.
 *
 * Astro starts at once, while the content is checked: its start-up does not depend on the
 * content. It waits (src/lib/partial-build.ts) for the plan this script writes after the check:
 * everything, or — when only articles changed since the last build of the same `dist/` — the
 * article pages that show what changed, and the lists, feeds and sitemap when they show it too
 * (scripts/lib/build/incremental.ts, scripts/lib/build/affected.ts). `--full` (or ZHUANZAI_FULL_BUILD=1)
 * always builds everything. A content error stops Astro before it writes anything.
 * `--part K/N` and `--assemble <dir>` spread the build over machines (scripts/lib/build/parts.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { astroNodeEnv } from './lib/build/astro-child.ts';
import { join, resolve } from 'node:path';
import { toManifest } from '../src/lib/content-manifest.ts';
import { articlesToSitemapEntries } from '../src/lib/sitemap.ts';
import { cmsApiOrigins } from '../src/lib/cms-config.ts';
import { hasPage } from '../src/lib/visibility.ts';
import {
  recordToScriptIndex,
  scriptIndex,
  scriptIndexToRecord,
  writeHostHeaders,
  type ScriptIndex,
} from '../src/integrations/host-headers.ts';
import { routeToFile } from './lib/build/list-routes.ts';
import { linkKept, overlayWithLists, pruneToKept } from './lib/build/overlay-lists.ts';
import { checkContent } from './lib/check/index.ts';
import { signatureCacheFile } from './lib/check/signature-cache.ts';
import { formatText, summarise } from './lib/check/report.ts';
import {
  currentState,
  folderFingerprintAsync,
  folderPrintAsync,
  globalKey,
  linkListedAsync,
  linkTreeAsync,
  maxPartialFromEnv,
  overlayPartial,
  planBuild,
  readState,
  stateFile,
  writeState,
} from './lib/build/incremental.ts';
import { findScheduled, publicationNowOrExit } from './lib/build/scheduled.ts';
import { removeInBackground, stagingDirFor, swapIn } from './lib/build/staging.ts';
import { runDistributedBuild } from './lib/build/run-distributed.ts';
import { commandArgsOrExit } from './lib/command-args.ts';
import { searchSettingsFromEnv, startSearchIndex, type SearchSettings } from './lib/search-index/index.ts';
import { siteBase } from '../src/schemas/site.ts';

const root = process.cwd();
const contentDir = resolve(process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content');
const outDir = resolve(process.env['ZHUANZAI_OUT_DIR'] ?? 'dist');
// A typo (`--prat 1/4`) stops the build instead of running another one than was asked for.
// `--assemble` may stand without its folder (then dist-parts/).
const argv = process.argv.slice(2);
const { values: args } = commandArgsOrExit(
  {
    usage: 'npm run build -- [--full] [--part K/N] [--assemble [dir]]',
    nothingDone: '未构建任何内容。Nothing was built: correct the command and run it again.',
    options: { full: { type: 'boolean', default: false }, part: { type: 'string' }, assemble: { type: 'string' } },
  },
  argv.map((a, i) => (a === '--assemble' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('-')) ? '--assemble=' : a)),
);
const forceFull = args.full || process.env['ZHUANZAI_FULL_BUILD'] === '1';
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const now = publicationNowOrExit('构建已停止：请先修正以上设置。The build stopped before writing anything: fix the setting above.');

// `--part K/N` and `--assemble <dir>`: the build spread over machines (scripts/lib/build/parts.ts).
const distributed = await runDistributedBuild({ root, contentDir, outDir, argv });
if (distributed !== undefined) process.exit(distributed);

const staging = stagingDirFor(outDir);
const astroOut = `${staging}.astro`;
const planFile = `${staging}.plan.json`;
// Sitemap entries from the checked articles: Astro's sitemap integration reads these instead of every article again.
const sitemapFile = `${staging}.sitemap.json`;
// The inline scripts of every page a full build wrote (see host-headers.ts), kept with the build state.
const scriptIndexFile = `${staging}.scripts.json`;
// The article files the check read, with a digest of each: Astro's content sync reads only the changed ones (src/lib/content-manifest.ts).
const manifestFile = `${staging}.content.json`;
const sideFiles = [planFile, sitemapFile, scriptIndexFile, manifestFile];
await Promise.all([staging, astroOut, ...sideFiles].map((p) => rm(p, { recursive: true, force: true })));

// Astro's output is held back until the check has passed: a content error is reported once, by the check.
let released = false;
const held: [NodeJS.WriteStream, Buffer][] = [];
const pagesStarted = performance.now();
const astro = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ZHUANZAI_OUT_DIR: astroOut,
    ZHUANZAI_NOW: now,
    ZHUANZAI_BUILD_PLAN: planFile,
    ZHUANZAI_SITEMAP_ENTRIES: sitemapFile,
    ZHUANZAI_SCRIPT_INDEX: scriptIndexFile,
    ZHUANZAI_CONTENT_MANIFEST: manifestFile,
    ...astroNodeEnv(root),
  },
});
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (released ? to.write(chunk) : held.push([to, chunk])));
}
const astroExit = new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));
const release = () => {
  released = true;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
};
const stopAstro = async () => {
  astro.kill('SIGTERM');
  linkAbort.abort();
  await Promise.all([astroExit, linking]);
  await Promise.all([removeInBackground(staging), ...[astroOut, ...sideFiles].map((p) => rm(p, { recursive: true, force: true }))]);
};

// The output folder's fingerprint (is it as the last build left it?) is taken while the content is checked: nothing writes to it until the swap.
const outPrinted = folderPrintAsync(outDir);
outPrinted.catch(() => undefined);
const statePath = stateFile(root, outDir);
const previous = readState(statePath);
// The daily merge is an incremental build: it starts from a hard-linked copy of the previous
// output. When the output folder is the one the last build recorded, with the same code, site
// data and settings (the plan is then most likely incremental), that copy is made now, in a worker
// thread while the content is checked (at 100,000 articles: 337,000 files in 125,000 folders,
// 17 s or more on a cold disk). The plan decides whether it is used; a full build stops and removes it.
const linkAbort = new AbortController();
const global =
  !forceFull && previous?.outDir === resolve(outDir) && existsSync(outDir) ? globalKey({ root, contentDir, env: process.env }) : undefined;
const linking: Promise<unknown> =
  global !== undefined && previous?.global === global
    ? linkTreeAsync(outDir, staging, linkAbort.signal).then(
        () => 'linked' as const,
        (error: unknown) => error ?? new Error('Linking the previous output failed.'),
      )
    : Promise.resolve(undefined);
const linkedCopy = linking.then((result) => {
  if (result === 'linked') return true;
  if (result !== undefined) throw result;
  return false;
});
linkedCopy.catch(() => undefined);
const checkStarted = performance.now();
const { files, problems, articles, digests, site } = await checkContent({
  contentDir,
  root,
  signatureCache: signatureCacheFile(root, contentDir),
});
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.error(formatText(problems));
if (errors.length > 0 || !site) {
  await stopAstro();
  console.error(summarise(problems, files, site === undefined));
  console.error('构建已停止：请先修正以上内容错误。The build stopped before writing anything: fix the content errors above.');
  process.exit(1);
}
const manifest = toManifest(digests, { root, articlesDir: join(contentDir, 'articles'), columns: site.columns, sources: site.sources });
writeFileSync(`${manifestFile}.tmp`, JSON.stringify(manifest));
renameSync(`${manifestFile}.tmp`, manifestFile);
console.log(`Checked ${files} article file(s) in ${seconds(checkStarted)}.`);
let searchSettings: SearchSettings;
let maxPartial: number;
try {
  searchSettings = searchSettingsFromEnv();
  maxPartial = maxPartialFromEnv();
} catch (error) {
  await stopAstro();
  console.error(error instanceof Error ? error.message : error);
  console.error('构建已停止：请先修正以上设置。The build stopped before writing anything: fix the setting above.');
  process.exit(2);
}

const scheduled = findScheduled(articles, now);
if (scheduled.length > 0) {
  const next = scheduled[0];
  console.log(
    `定时发布 Scheduled: ${scheduled.length} article(s) wait for their \`published\` time (now ${now}, Asia/Shanghai); next: ${next?.file} at ${next?.published}.`,
  );
}

// The search index needs only the checked articles. A build that will most likely be full (no
// earlier build of this output with the same code, site data and settings: see the copy above)
// starts it now, before the plan; one that will most likely be incremental starts it after the
// plan, behind the pages, so that it does not slow the plan (12–15 s at 100,000 articles).
const startSearch = (background: boolean) => {
  const job = startSearchIndex({
    root,
    contentDir,
    articles,
    now,
    base: siteBase(site.site),
    ...searchSettings,
    background,
  });
  // The promise is awaited below; until then a failure must not end the process as unhandled.
  job.done.catch(() => undefined);
  console.log(
    `Indexing ${job.shards.length} search shard(s) (${job.mode === 'year' ? 'by year, busy years in parts' : 'one index'}) while the pages build…`,
  );
  return job;
};
const likelyIncremental = global !== undefined && previous?.global === global;
const searchEarly = likelyIncremental ? undefined : startSearch(false);

// What changed since the last build of this output folder decides how much is rebuilt.
const planStarted = performance.now();
const state = currentState({ root, contentDir, outDir, articles, site, now, env: process.env, global });
const outListing = await outPrinted;
const outPrint = outListing?.fingerprint;
const plan = forceFull ? ({ kind: 'full', reason: '--full' } as const) : planBuild(previous, state, outPrint, maxPartial);
if (plan.kind === 'unchanged') {
  await stopAstro();
  console.log(`Nothing to rebuild: no page of ${outDir} would change. (npm run build -- --full builds everything.)`);
  writeState(statePath, { ...state, scripts: previous?.scripts }, outDir, outPrint);
  process.exit(0);
}
// Only articles with a page: in an incremental build the sitemap takes the pages Astro did not render from these.
const withPage = articles.filter((a) => hasPage(a.data, { now, includeDrafts: false }));
// A build of article pages alone keeps the previous sitemap (src/integrations/sitemap.ts): 2.6 s less at 100,000 articles.
if (plan.kind === 'full' || plan.lists) {
  const sitemapEntries = articlesToSitemapEntries(
    withPage.map((a) => ({ id: a.id, frontmatter: a.data })),
    site.site.canonical ?? 'self',
  );
  writeFileSync(`${sitemapFile}.tmp`, JSON.stringify(Object.fromEntries(sitemapEntries)));
  renameSync(`${sitemapFile}.tmp`, sitemapFile);
}
writeFileSync(
  `${planFile}.tmp`,
  JSON.stringify(
    plan.kind === 'partial' ? { kind: 'partial', ids: plan.ids, lists: plan.lists, listRoutes: plan.listRoutes } : { kind: 'full' },
  ),
);
renameSync(`${planFile}.tmp`, planFile);
console.log(
  plan.kind === 'full'
    ? `Full build (${plan.reason}).`
    : plan.lists
      ? `Incremental build: ${plan.ids.length} article page(s) changed or show what changed, ${plan.removed.length} removed, with the lists, feeds and sitemap: ${plan.listRoutes?.render.length ?? 0} list route(s) changed, ${plan.listRoutes?.keep.length ?? 0} kept (npm run build -- --full builds everything).`
      : `Incremental build: ${plan.ids.length} article page(s) changed, no other page shows what changed (npm run build -- --full builds everything).`,
);
// Astro's output up to here was held back (above), so its lines carry no time of their own: this one times the plan.
console.log(`Planned in ${seconds(planStarted)}.`);
release();
// An incremental build waits for Astro's fixed cost; the shard or two it re-indexes run behind it.
const search = searchEarly ?? startSearch(plan.kind === 'partial');
if (plan.kind === 'partial') search.inBackground();

// The previous output, hard-linked into the staging folder: the copy made during the check, less
// what a build with lists renders anew; or made now. A full build removes the copy first.
let linked: Promise<unknown>;
if (plan.kind === 'partial') {
  const files = outListing?.files ?? [];
  const kept = { pageIds: new Set(withPage.map((a) => a.id)), listFiles: new Set((plan.listRoutes?.keep ?? []).map(routeToFile)) };
  linked = linkedCopy
    .then(async (copied) => {
      if (!copied) await (plan.lists ? linkKept(outDir, staging, kept, files) : linkListedAsync(outDir, staging, files));
      else if (plan.lists) await pruneToKept(staging, files, kept);
    })
    .then(
      () => undefined,
      (error: unknown) => error ?? new Error('Linking the previous output failed.'),
    );
} else {
  linkAbort.abort();
  linked = linking
    .then(() => removeInBackground(staging))
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}

const status = await astroExit;
search.useAllCores();
const abandon = async (message: string, code: number) => {
  // Nothing may still be linking into the staging folder while it is removed.
  await linked;
  await Promise.all([staging, astroOut, ...sideFiles].map((p) => rm(p, { recursive: true, force: true })));
  console.error(`${message} ${outDir} 未改动。${outDir} was left as it was.`);
  process.exit(code);
};
if (status !== 0) await abandon('构建失败。The page build failed;', status);
let scripts: ScriptIndex | undefined;
try {
  if (plan.kind === 'partial') {
    const failed = await linked;
    if (failed !== undefined) throw failed;
    // The pages kept from the previous output carry the scripts the last build recorded of them.
    const known = recordToScriptIndex(previous?.scripts);
    if (plan.lists) {
      for (const file of overlayWithLists(astroOut, staging, plan.ids)) known.delete(file);
      // Astro saw only the pages it rendered; the CSP must allow the scripts of every page.
      ({ index: scripts } = await writeHostHeaders(staging, {
        base: siteBase(site.site),
        admin: site.site.admin ? { connectOrigins: cmsApiOrigins(site.site.admin) } : undefined,
        known,
      }));
    } else {
      overlayPartial(astroOut, staging, plan.ids);
      for (const id of plan.ids) known.delete(join('articles', id, 'index.html'));
      // The staging folder holds the files listed with the fingerprint and the pages laid over them: no walk of it.
      const pages = plan.ids.map((id) => `articles/${id}/index.html`);
      scripts = scriptIndex(staging, known, [...new Set([...(outListing?.files ?? []), ...pages])]);
    }
    await rm(astroOut, { recursive: true, force: true });
  } else {
    const failed = await linked;
    if (failed !== undefined) throw failed;
    renameSync(astroOut, staging);
    if (existsSync(scriptIndexFile))
      scripts = recordToScriptIndex(JSON.parse(readFileSync(scriptIndexFile, 'utf8')) as Record<string, string[]>);
  }
  await Promise.all(sideFiles.map((p) => rm(p, { force: true })));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await abandon('增量构建失败，请运行 npm run build -- --full。Putting the pages together failed (run npm run build -- --full);', 1);
}
console.log(`Pages built in ${seconds(pagesStarted)}.`);

try {
  const run = await search.done;
  search.install(staging, run);
  const cache =
    search.mode === 'year' ? `${search.shards.length} shards, ${run.reused} unchanged` : run.reused > 0 ? 'unchanged' : 'one index';
  console.log(`Indexed ${run.pages} pages for search (${cache}) in ${(run.ms / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await abandon('搜索索引失败。Search indexing failed;', 1);
}
await swapIn(staging, outDir, { removeOld: 'background' });
writeState(statePath, { ...state, scripts: scripts && scriptIndexToRecord(scripts) }, outDir, await folderFingerprintAsync(outDir));
console.log(`Built ${files} article file(s) into ${outDir}.`);
