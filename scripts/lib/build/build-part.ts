import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startSearchIndex } from '../search-index/index.ts';
import { astroFilesFor, startAstro } from './astro-child.ts';
import { articlesWithPage, checkOrExit, partition } from './distributed.ts';
import { currentState, linkTree } from './incremental.ts';
import { PART_MANIFEST, partFolderName, partsKey, type PartAssignment, type PartManifest, type PartNumber } from './parts.ts';
import { publicationNow } from './scheduled.ts';
import { siteBase } from '../../../src/schemas/site.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * `npm run build -- --part K/N`: checks all content, renders the article pages of part K and
 * indexes its search shards, into `<partsDir>/part-K-of-N/`:
 *
 * - `pages/`: `articles/<id>/index.html` of its articles, and Astro's `_astro/` assets;
 * - `search/<shard>/`: each shard's Pagefind bundle and hash, as in the search cache;
 * - `part.json` (`PartManifest`), written last: the folder is renamed into place only when
 *   pages and index both succeeded, so a failed part leaves no folder an assembly could take.
 *
 * Returns the exit status.
 */
export async function buildPart({
  root,
  contentDir,
  part,
  partsDir,
}: {
  root: string;
  contentDir: string;
  part: PartNumber;
  partsDir: string;
}) {
  const started = performance.now();
  const name = partFolderName(part);
  const target = join(partsDir, name);
  const staging = join(partsDir, `.${name}.staging-${process.pid}`);
  const files = astroFilesFor(staging);
  const cleanUp = () => Promise.all([staging, files.out, files.plan, files.sitemap].map((p) => rm(p, { recursive: true, force: true })));
  await cleanUp();
  mkdirSync(partsDir, { recursive: true });
  const now = publicationNow();
  const astro = startAstro({ root, files, now });
  const { articles, site, searchSettings } = await checkOrExit(contentDir, root, astro.stop);
  const withPage = articlesWithPage(articles, now);

  let assignment: PartAssignment | undefined;
  const search = startSearchIndex({
    root,
    contentDir,
    articles,
    now,
    base: siteBase(site.site),
    ...searchSettings,
    only: (shards) => (assignment = partition(withPage, shards, part.count)[part.index - 1]!).shards,
  });
  search.done.catch(() => undefined);
  const mine = assignment!;
  astro.plan({ kind: 'partial', ids: mine.articles }, {});
  console.log(
    `Part ${part.index} of ${part.count}: ${mine.articles.length} of ${withPage.length} article page(s), search shard(s) ${mine.shards.join(', ') || 'none'} of ${search.shards.length}.`,
  );
  astro.release();

  const fail = async (message: string, error?: unknown) => {
    if (error !== undefined) console.error(error instanceof Error ? error.message : error);
    await cleanUp();
    console.error(`${message} ${target} 未写入。No part was written to ${target}.`);
    return 1;
  };
  const status = await astro.exit;
  search.useAllCores();
  console.log(`Pages built in ${seconds(started)}.`);
  if (status !== 0)
    return fail(`第 ${part.index}/${part.count} 部分的页面构建失败。The page build of part ${part.index} of ${part.count} failed;`);
  try {
    const pages = join(staging, 'pages');
    for (const id of mine.articles) {
      const page = join('articles', id, 'index.html');
      if (!existsSync(join(files.out, page))) throw new Error(`The page build wrote no page for ${id}.`);
      mkdirSync(join(pages, 'articles', id), { recursive: true });
      renameSync(join(files.out, page), join(pages, page));
    }
    if (existsSync(join(files.out, '_astro'))) renameSync(join(files.out, '_astro'), join(pages, '_astro'));
    const run = await search.done;
    console.log(
      `Indexed ${run.pages} pages for search (${mine.shards.length} shard(s), ${run.reused} unchanged) in ${(run.ms / 1000).toFixed(1)} s.`,
    );
    for (const id of mine.shards) {
      linkTree(join(search.cacheRoot, id, 'bundle'), join(staging, 'search', id, 'bundle'));
      copyFileSync(join(search.cacheRoot, id, 'hash'), join(staging, 'search', id, 'hash'));
    }
  } catch (error) {
    return fail(`第 ${part.index}/${part.count} 部分失败。Part ${part.index} of ${part.count} failed;`, error);
  }
  const state = currentState({ root, contentDir, outDir: target, articles, site, now, env: process.env });
  const manifest: PartManifest = {
    version: 1,
    part: part.index,
    parts: part.count,
    key: partsKey(state.global, state.articles, now, part.count),
    now,
    articles: mine.articles,
    shards: mine.shards,
  };
  writeFileSync(join(staging, PART_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  await rm(target, { recursive: true, force: true });
  renameSync(staging, target);
  await Promise.all([files.out, files.plan, files.sitemap].map((p) => rm(p, { recursive: true, force: true })));
  console.log(`Built part ${part.index} of ${part.count} into ${target} in ${seconds(started)}.`);
  return 0;
}
