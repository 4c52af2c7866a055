import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { planShards, shardBundleDir, shardManifest, type Shard, type ShardMode } from './pagefind-shards.ts';

export interface PagefindOptions {
  /** Language forced on every page; Chinese segmentation depends on it. */
  language?: string;
  /**
   * `year` writes one Pagefind bundle per year of `/articles/<year>/`, listed newest first in
   * `/pagefind/shards.json`, and re-indexes only the years whose pages changed since the last
   * build. `none` (the default) writes one bundle at `/pagefind/`, listed there too.
   */
  shards?: ShardMode;
}

/** Pagefind's version is part of every shard hash: a new Pagefind re-indexes everything. */
function pagefindVersion(root: URL): string {
  const file = new URL('node_modules/pagefind/package.json', root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'unknown';
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed; the site was not published:\n${errors.join('\n')}`);
}

/** Indexes one shard into `bundle`, freeing Pagefind's memory for it afterwards. */
async function indexShard(outDir: string, shard: Shard, bundle: string, language: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) fail('createIndex', errors);
  try {
    if (shard.id === 'all' || /^\d{4}$/.test(shard.id)) {
      const glob = shard.id === 'all' ? undefined : `articles/${shard.id}/**/*.html`;
      const added = await index.addDirectory({ path: outDir, ...(glob ? { glob } : {}) });
      if (added.errors.length > 0) fail('addDirectory', added.errors);
    } else {
      for (const file of shard.files) {
        const added = await index.addHTMLFile({ sourcePath: file, content: readFileSync(join(outDir, file), 'utf8') });
        if (added.errors.length > 0) fail('addHTMLFile', added.errors);
      }
    }
    rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
  } finally {
    await index.deleteIndex();
  }
}

interface IndexPlan {
  outDir: string;
  cacheRoot: string;
  base: string;
  language: string;
  mode: ShardMode;
  version: string;
}

async function indexSite({ outDir, cacheRoot, base, language, mode, version }: IndexPlan, logger: AstroIntegrationLogger) {
  const started = performance.now();
  const shards = planShards(outDir, mode, `${version}\0${language}\0${mode}`);
  let reused = 0;
  let pages = 0;
  try {
    for (const shard of shards) {
      const cached = join(cacheRoot, shard.id);
      const hashFile = join(cached, 'hash');
      pages += shard.files.length;
      if (existsSync(hashFile) && readFileSync(hashFile, 'utf8') === shard.hash) {
        reused += 1;
        continue;
      }
      rmSync(hashFile, { force: true });
      await indexShard(outDir, shard, join(cached, 'bundle'), language);
      writeFileSync(hashFile, shard.hash);
    }
  } finally {
    await pagefind.close();
  }
  shards.forEach((shard, i) => cpSync(join(cacheRoot, shard.id, 'bundle'), join(outDir, shardBundleDir(i, shard.id)), { recursive: true }));
  mkdirSync(join(outDir, 'pagefind'), { recursive: true });
  writeFileSync(join(outDir, 'pagefind', 'shards.json'), `${JSON.stringify(shardManifest(shards, language, base))}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const cache = mode === 'none' ? (reused > 0 ? ', unchanged' : '') : `, ${shards.length} shards, ${reused} unchanged`;
  logger.info(`Indexed ${pages} pages for search (${language}${cache}) in ${seconds} s.`);
}

/**
 * Indexes the built site with Pagefind's Node API after the build, and fails the build on
 * any error Pagefind reports. Only elements marked `data-pagefind-body` are indexed. Bundles
 * are cached under Astro's `cacheDir`, keyed by a hash of their pages.
 */
export function pagefindIntegration({ language = 'zh-cn', shards = 'none' }: PagefindOptions = {}): AstroIntegration {
  let cacheRoot = '';
  let base = '/';
  let version = 'unknown';
  return {
    name: 'zhuanzai:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), 'pagefind', shards);
        base = config.base;
        version = pagefindVersion(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info('Indexing pages for search…');
        try {
          await indexSite({ outDir: fileURLToPath(dir), cacheRoot, base, language, mode: shards, version }, logger);
        } catch (error) {
          throw new Error('Search indexing failed.', { cause: error });
        }
      },
    },
  };
}
