import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/**
 * Word positions per index chunk, passed to Pagefind 1.6 as PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE
 * (its default is 20,000). A query fetches the chunk holding each of its words; on a year shard
 * of 1,000 articles the default chunks are 27–40 KB gzip, these ~4 KB (a word with more positions
 * still gets a chunk of its own). More chunks make the shard's meta file ~9 KB larger.
 * Measured in README, "Large archives and performance".
 */
export const INDEX_CHUNK_SIZE = 2000;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function fail(step: string, shard: string, errors: readonly string[]): never {
  throw new SearchIndexError(`Pagefind ${step} failed for search shard ${shard}:\n${errors.join('\n')}`);
}

/** Writes one shard's bundle into `target`, through a temporary folder so a failure leaves no half bundle. */
export async function indexShard(shard: ShardPlan, target: string, language: string): Promise<void> {
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

/** What an indexing thread (worker.ts) is sent for one shard. */
export interface ShardTask {
  shard: ShardPlan;
  target: string;
  language: string;
}

/** Where shards are indexed, one at a time: this thread, or a worker thread. */
interface ShardIndexer {
  index: (task: ShardTask) => Promise<void>;
  /** Closes its Pagefind service (and its thread). */
  close: () => Promise<void>;
}

/** This thread, through this module's Pagefind service: no thread to start for the usual one shard at a time. */
const thisThread: ShardIndexer = {
  index: (task) => indexShard(task.shard, task.target, task.language),
  close: async () => {
    await pagefind.close();
  },
};

/**
 * A worker thread with its own Pagefind service process. One service indexes one shard at a
 * time, so a second shard indexed at once needs a thread (and a service) of its own.
 */
class IndexThread implements ShardIndexer {
  private readonly worker = new Worker(new URL('./worker.ts', import.meta.url));
  private pending: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private readonly exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));

  constructor() {
    this.worker.on('message', (m: { ok: boolean; message?: string }) => {
      const pending = this.pending;
      this.pending = undefined;
      if (m.ok) pending?.resolve();
      else pending?.reject(new SearchIndexError(m.message ?? 'Search indexing failed.'));
    });
    this.worker.on('error', (error) => {
      this.pending?.reject(error);
      this.pending = undefined;
    });
    void this.exited.then(() => this.pending?.reject(new SearchIndexError('A search-indexing thread stopped unexpectedly.')));
  }

  index(task: ShardTask): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(task);
    });
  }

  /** Closes the thread's Pagefind service, then the thread. */
  close(): Promise<void> {
    this.worker.postMessage('close');
    return this.exited;
  }
}

export interface IndexRun {
  /** Shards indexed this time and shards taken unchanged from the cache. */
  indexed: number;
  /** Ids of the shards indexed this time. */
  indexedIds: string[];
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
  // Read by the Pagefind service when it starts (on the first createIndex below).
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  const stale = shards.filter((s) => {
    const hashFile = join(cacheRoot, s.id, 'hash');
    return !(existsSync(hashFile) && readFileSync(hashFile, 'utf8') === s.hash);
  });
  const queue = [...stale];
  const idle: ShardIndexer[] = [];
  const threads: ShardIndexer[] = [];
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
          let thread = idle.pop();
          if (!thread) {
            thread = threads.length === 0 ? thisThread : new IndexThread();
            threads.push(thread);
          }
          const done = thread;
          thread
            .index({ shard, target: join(dir, 'bundle'), language })
            .then(() => writeFileSync(join(dir, 'hash'), shard.hash))
            .catch((error: unknown) => {
              failure ??= error;
            })
            .finally(() => {
              running -= 1;
              idle.push(done);
              next();
            });
        }
        if (running === 0) resolve();
      };
      next();
    });
  } finally {
    await Promise.all(threads.map((t) => t.close()));
  }
  if (failure !== undefined) throw failure;
  return {
    indexed: stale.length,
    indexedIds: stale.map((s) => s.id),
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

/**
 * Puts the cached bundles into the built site (hard links: bundles in the cache are replaced,
 * never rewritten) and writes `/pagefind/shards.json`. When `outDir` already holds the same
 * shards (an incremental build starts from the previous output), only `changed` ones are replaced.
 */
export function installShards(
  outDir: string,
  shards: readonly ShardPlan[],
  { cacheRoot, language, base, changed }: { cacheRoot: string; language: string; base: string; changed?: readonly string[] },
): void {
  const manifestFile = join(outDir, 'pagefind', 'shards.json');
  const manifest = `${JSON.stringify(shardManifest(shards, language, base))}\n`;
  const same = changed !== undefined && existsSync(manifestFile) && readFileSync(manifestFile, 'utf8') === manifest;
  shards.forEach((s, i) => {
    if (same && !changed.includes(s.id)) return;
    const target = join(outDir, shardBundleDir(i, s.id));
    if (i === 0 && existsSync(target)) {
      // The newest bundle is /pagefind/ itself, which also holds the other shards: keep those.
      for (const entry of readdirSync(target)) if (entry !== 'shards') rmSync(join(target, entry), { recursive: true, force: true });
    } else rmSync(target, { recursive: true, force: true });
    linkTree(join(cacheRoot, s.id, 'bundle'), target);
  });
  if (!same) {
    const kept = new Set(shards.slice(1).map((s) => s.id));
    const others = join(outDir, 'pagefind', 'shards');
    if (existsSync(others))
      for (const entry of readdirSync(others)) if (!kept.has(entry)) rmSync(join(others, entry), { recursive: true, force: true });
  }
  mkdirSync(join(outDir, 'pagefind'), { recursive: true });
  writeFileSync(manifestFile, manifest);
}
