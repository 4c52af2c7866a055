import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { articlesToSitemapEntries } from '../../../src/lib/sitemap.ts';
import { startSearchIndex } from '../search-index/index.ts';
import { astroFilesFor, startAstro } from './astro-child.ts';
import { articlesWithPage, checkOrExit, partition } from './distributed.ts';
import { currentState, filesUnder, linkTree, stateFile, writeState } from './incremental.ts';
import { readParts, type FoundPart } from './parts-folder.ts';
import { partsKey } from './parts.ts';
import { stagingDirFor, swapIn } from './staging.ts';
import { siteBase } from '../../../src/schemas/site.ts';

/**
 * Lays every part's pages into Astro's output folder before Astro starts (it keeps them:
 * `ZHUANZAI_KEEP_OUT_DIR`), so that `_headers` hashes their inline scripts as in a one-machine
 * build. Article pages are hard links; `_astro/` assets are copied, because Astro writes its own
 * over them, and must be the same bytes in every part.
 */
function layPages(parts: readonly FoundPart[], out: string): void {
  const from = new Map<string, number>();
  for (const { dir, manifest } of parts) {
    const pages = join(dir, 'pages');
    linkTree(join(pages, 'articles'), join(out, 'articles'));
    for (const file of filesUnder(join(pages, '_astro'))) {
      const rel = relative(pages, file);
      const target = join(out, rel);
      if (existsSync(target)) {
        if (!readFileSync(target).equals(readFileSync(file)))
          throw new Error(`Parts ${from.get(rel)} and ${manifest.part} hold different ${rel}: build every part from the same commit.`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
      from.set(rel, manifest.part);
    }
  }
}

/**
 * `npm run build -- --assemble <dir>`: puts `dist/` together from the N parts in `dir`
 * (scripts/lib/build/build-part.ts) and the routes no part renders: home, lists, feeds, sitemap,
 * host files, redirects, `_headers` and the search shard list. The only step that writes `dist/`,
 * and all or nothing: a missing or unfinished part, or parts built from other content, code or
 * settings, stop it before it writes anything. Returns the exit status.
 */
export async function assemble({
  root,
  contentDir,
  outDir,
  partsDir,
}: {
  root: string;
  contentDir: string;
  outDir: string;
  partsDir: string;
}) {
  const started = performance.now();
  const fail = (message: string) => {
    console.error(`${message}\n构建已停止。${outDir} was left as it was.`);
    return 1;
  };
  const found = readParts(partsDir);
  if (!found.ok) return fail(found.error);
  const parts = found.parts;
  const count = parts.length;
  const now = process.env['ZHUANZAI_NOW'] || parts[0]!.manifest.now;

  const staging = stagingDirFor(outDir);
  const files = astroFilesFor(staging);
  const searchDir = `${staging}.search`;
  const cleanUp = () =>
    Promise.all([staging, searchDir, files.out, files.plan, files.sitemap].map((p) => rm(p, { recursive: true, force: true })));
  await cleanUp();
  try {
    layPages(parts, files.out);
    for (const { dir } of parts) if (existsSync(join(dir, 'search'))) linkTree(join(dir, 'search'), searchDir);
  } catch (error) {
    await cleanUp();
    return fail(error instanceof Error ? error.message : String(error));
  }
  const astro = startAstro({ root, files, now, env: { ZHUANZAI_KEEP_OUT_DIR: '1' } });
  const stop = async () => {
    await astro.stop();
    await cleanUp();
  };
  const { files: fileCount, articles, site, searchSettings } = await checkOrExit(contentDir, root, stop);
  const state = currentState({ root, contentDir, outDir, articles, site, now, env: process.env });
  const key = partsKey(state.global, state.articles, now, count);
  const foreign = parts.filter((p) => p.manifest.key !== key || p.manifest.now !== now);
  if (foreign.length > 0) {
    await stop();
    return fail(
      `第 ${foreign.map((p) => p.manifest.part).join('、')} 部分与本次内容不符。Part(s) ${foreign.map((p) => `${p.manifest.part} of ${count}`).join(', ')} ` +
        `were built from other content, code or settings (or at another ZHUANZAI_NOW) than this assembly (now ${now}): ` +
        'build every part and the assembly from the same commit with the same SITE_URL, SITE_BASE, search settings and ZHUANZAI_NOW.',
    );
  }
  const search = startSearchIndex({
    root,
    contentDir,
    articles,
    now,
    base: siteBase(site.site),
    ...searchSettings,
    cacheRoot: searchDir,
    only: [],
  });
  const withPage = articlesWithPage(articles, now);
  const expected = partition(withPage, search.shards, count);
  for (const shard of search.shards) {
    const owner = expected.findIndex((p) => p.shards.includes(shard.id)) + 1;
    const hashFile = join(searchDir, shard.id, 'hash');
    if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== shard.hash) {
      await stop();
      return fail(
        `Part ${owner} of ${count} holds no search shard ${shard.id} for this content: build part ${owner} again (npm run build -- --part ${owner}/${count}).`,
      );
    }
  }
  astro.plan(
    { kind: 'lists', ids: withPage.map((a) => a.id) },
    Object.fromEntries(
      articlesToSitemapEntries(
        articles.map((a) => ({ id: a.id, frontmatter: a.data })),
        site.site.canonical ?? 'self',
      ),
    ),
  );
  console.log(`Full build (assembled from ${count} parts).`);
  console.log(
    `Assembling ${count} part(s): ${withPage.length} article page(s), ${search.shards.length} search shard(s); rendering the other pages…`,
  );
  astro.release();
  const status = await astro.exit;
  if (status !== 0) {
    await cleanUp();
    return fail('构建失败。The page build failed;');
  }
  console.log(`Pages built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  try {
    for (const id of expected.flatMap((p) => p.articles))
      if (!existsSync(join(files.out, 'articles', id, 'index.html'))) throw new Error(`No part holds the page of ${id}.`);
    renameSync(files.out, staging);
    search.install(staging, await search.done);
  } catch (error) {
    await cleanUp();
    return fail(error instanceof Error ? error.message : String(error));
  }
  await swapIn(staging, outDir, { removeOld: 'background' });
  await cleanUp();
  writeState(stateFile(root, outDir), state, outDir);
  console.log(
    `Built ${fileCount} article file(s) from ${count} part(s) into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
}
