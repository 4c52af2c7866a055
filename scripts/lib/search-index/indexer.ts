import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { linkTree } from '../build/incremental.ts';
import { articleToSearchHtml, type ShardPlan } from './records.ts';

/** The manifest a search page reads to find every bundle: newest first, the first at `/pagefind/`. */
export interface ShardManifest {
  version: 1;
  language: string;
  /** `bundlePath` includes the site base and ends in `/`. */
  shards: { id: string; bundlePath: string; pages: number }[];
}

/** Files Pagefind writes for its own UIs; the portal's search page does not load them. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function fail(step: string, shard: string, errors: readonly string[]): never {
  throw new SearchIndexError(`Pagefind ${step} failed for search shard ${shard}:\n${errors.join('\n')}`);
}

/** Writes one shard's bundle into `target`, through a temporary folder so a failure leaves no half bundle. */
async function indexShard(shard: ShardPlan, target: string, language: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) fail('createIndex', shard.id, errors);
  const temporary = `${target}.tmp`;
  try {
    for (const article of shard.articles) {
      // Without the site base: Pagefind's browser side adds the base it finds in the bundle's path.
      const added = await index.addHTMLFile({ url: `/articles/${article.id}/`, content: articleToSearchHtml(article) });
      if (added.errors.length > 0) fail('addHTMLFile', shard.id, [`${article.file}:`, ...added.errors]);
    }
    rmSync(temporary, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: temporary });
    if (written.errors.length > 0) fail('writeFiles', shard.id, written.errors);
    for (const file of UNUSED) rmSync(join(temporary, file), { force: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
    await index.deleteIndex();
  }
}

export interface IndexRun {
  /** Shards indexed this time and shards taken unchanged from the cache. */
  indexed: number;
  reused: number;
  pages: number;
  ms: number;
}

/**
 * Builds every shard whose hash changed into `cacheRoot/<id>/bundle` and keeps the others.
 * `parallel()` tells how many shards may be indexed at once; it is asked again before each
 * shard, so a caller can raise it when the page build has finished and a core is free.
 */
export async function indexShards(
  shards: readonly ShardPlan[],
  { cacheRoot, language, parallel = () => 1 }: { cacheRoot: string; language: string; parallel?: () => number },
): Promise<IndexRun> {
  const started = performance.now();
  const stale = shards.filter((s) => {
    const hashFile = join(cacheRoot, s.id, 'hash');
    return !(existsSync(hashFile) && readFileSync(hashFile, 'utf8') === s.hash);
  });
  const queue = [...stale];
  let running = 0;
  let failure: unknown;
  try {
    await new Promise<void>((resolve) => {
      const next = () => {
        while (failure === undefined && queue.length > 0 && running < Math.max(1, parallel())) {
          const shard = queue.shift()!;
          running += 1;
          const dir = join(cacheRoot, shard.id);
          mkdirSync(dir, { recursive: true });
          rmSync(join(dir, 'hash'), { force: true });
          indexShard(shard, join(dir, 'bundle'), language)
            .then(() => writeFileSync(join(dir, 'hash'), shard.hash))
            .catch((error: unknown) => {
              failure ??= error;
            })
            .finally(() => {
              running -= 1;
              next();
            });
        }
        if (running === 0) resolve();
      };
      next();
    });
  } finally {
    await pagefind.close();
  }
  if (failure !== undefined) throw failure;
  return {
    indexed: stale.length,
    reused: shards.length - stale.length,
    pages: shards.reduce((n, s) => n + s.articles.length, 0),
    ms: performance.now() - started,
  };
}

/** Where a shard's bundle goes in the site: the first (newest) at `pagefind/`, the others below it. */
export function shardBundleDir(position: number, id: string): string {
  return position === 0 ? 'pagefind' : `pagefind/shards/${id}`;
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export function shardManifest(shards: readonly ShardPlan[], language: string, base: string): ShardManifest {
  const root = withSlash(base);
  return {
    version: 1,
    language,
    shards: shards.map((s, i) => ({ id: s.id, bundlePath: `${root}${shardBundleDir(i, s.id)}/`, pages: s.articles.length })),
  };
}

/** Puts the cached bundles into the built site (hard links: bundles in the cache are replaced, never rewritten) and writes `/pagefind/shards.json`. */
export function installShards(
  outDir: string,
  shards: readonly ShardPlan[],
  { cacheRoot, language, base }: { cacheRoot: string; language: string; base: string },
): void {
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  shards.forEach((s, i) => linkTree(join(cacheRoot, s.id, 'bundle'), join(outDir, shardBundleDir(i, s.id))));
  mkdirSync(join(outDir, 'pagefind'), { recursive: true });
  writeFileSync(join(outDir, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards, language, base))}\n`);
}
