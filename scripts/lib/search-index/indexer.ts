import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { linkTree } from '../build/incremental.ts';
import {
  cachedBundlePostings,
  gramsToBuckets,
  postingsToBuckets,
  postingsToGrams,
  writeGramDirectory,
  writePostingDirectory,
} from './grams.ts';
import { articleToSearchHtml, DEFAULT_FIRST_ANSWER, DEFAULT_POSTING_CAP, type ShardPlan } from './records.ts';

/** The manifest a search page reads to find every bundle: newest first, the first at `/pagefind/`. */
export interface ShardManifest {
  version: 1;
  language: string;
  /** `bundlePath` includes the site base and ends in `/`. */
  shards: { id: string; bundlePath: string; pages: number }[];
  /** The bucket count of the bigram directory `pagefind/grams/` (src/lib/shard-grams.ts). */
  grams: { buckets: number };
  /** The bucket count of the page postings `pagefind/postings/` (src/lib/page-postings.ts), and `ZHUANZAI_SEARCH_POSTING_CAP`. */
  postings?: { buckets: number; cap: number };
  /** The first answer covers the newest shards that hold at least this many articles together. */
  firstAnswer: number;
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
 * Measured in docs/performance.md.
 */
export const INDEX_CHUNK_SIZE = 2000;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * The Pagefind program of the pinned `pagefind` package: its platform package (e.g.
 * `@pagefind/linux-x64`), which npm installs beside it, holds `pagefind_extended`, the build
 * that segments Chinese.
 */
export function pagefindBinary(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@pagefind/${platform}-${process.arch}`;
  try {
    return createRequire(import.meta.url).resolve(`${pkg}/bin/pagefind_extended${platform === 'windows' ? '.exe' : ''}`);
  } catch {
    throw new SearchIndexError(`Pagefind's program for this machine (${pkg}) is not installed: run npm ci.`);
  }
}

/**
 * The Pagefind runs of this process and the folders they read or write. A build that fails
 * before the search index is done exits at once (scripts/build.ts): its Pagefind runs are ended
 * and their folders removed then, so no program keeps running and no page folder is left in
 * memory (`/dev/shm`) after the build.
 */
const live = { children: new Set<ChildProcess>(), folders: new Set<string>() };
let exitHooked = false;
function endOnExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const child of live.children) child.kill('SIGKILL');
    for (const folder of live.folders) rmSync(folder, { recursive: true, force: true });
  });
}

/** Lowers a Pagefind run's CPU priority (niceness 0–19) where the system allows it; else it goes on at its own. */
function lowerPriority(child: ChildProcess, niceness: number): void {
  if (child.pid === undefined) return;
  try {
    setPriority(child.pid, niceness);
  } catch {
    // Not allowed here: it runs at its priority.
  }
}

/** Lowers the CPU priority of the Pagefind runs under way (niceness 0–19). */
export function reniceRunning(niceness: number): void {
  for (const child of live.children) lowerPriority(child, niceness);
}

/** The last lines Pagefind printed, kept for an error message. */
const OUTPUT_LINES = 40;

/**
 * Runs Pagefind's command line on `site` and writes the bundle into `output`. It runs in `cwd`,
 * the shard's own folder (so no pagefind.yml of the project applies), and sees none of the caller's
 * PAGEFIND_* variables: only the flags and the chunk size below decide the bundle.
 */
function runPagefind(
  site: string,
  output: string,
  language: string,
  shard: string,
  pages: number,
  { cwd, niceness }: { cwd: string; niceness: number },
): Promise<void> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PAGEFIND_')) env[key] = value;
  env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  const args = ['--site', site, '--output-path', output, '--force-language', language];
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBinary(), args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    live.children.add(child);
    if (niceness > 0) lowerPriority(child, niceness);
    const lines: string[] = [];
    const keep = (chunk: Buffer) => {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((l) => l.trim() !== ''),
      );
      lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new SearchIndexError(`Pagefind could not start for search shard ${shard}: ${error.message}`)));
    child.on('close', (code, signal) => {
      live.children.delete(child);
      if (code !== 0)
        return reject(
          new SearchIndexError(`Pagefind failed for search shard ${shard} (${signal ?? `exit ${code}`}):\n${lines.join('\n')}`),
        );
      // Pagefind leaves out a page it finds no words in: every listed article must be in the bundle.
      const indexed = lines.map((l) => /Indexed (\d+) pages?$/.exec(l.trim())).find(Boolean);
      if (!indexed || Number(indexed[1]) !== pages)
        return reject(
          new SearchIndexError(
            `Pagefind indexed ${indexed?.[1] ?? 'no'} of the ${pages} articles of search shard ${shard}:\n${lines.join('\n')}`,
          ),
        );
      resolve();
    });
  });
}

/** Linux's shared-memory file system: the pages written for Pagefind go there when they fit. */
const MEMORY_FOLDER = '/dev/shm';

/**
 * Where a shard's pages for Pagefind are written: a folder in memory (`/dev/shm`) when it has
 * room for four times their size, else beside the bundle. Written and read once, then deleted:
 * on disk, creating and deleting 10,000 small files costs some 4 s of CPU, in memory 0.2 s plus
 * the deletion (docs/performance.md, "What was measured").
 */
function pagesFolder(target: string, bytes: number, memory: string): string {
  try {
    const { bavail, bsize } = statfsSync(memory);
    if (bavail * bsize > 4 * bytes) {
      return mkdtempSync(join(memory, 'zhuanzai-search-'));
    }
  } catch {
    // No such folder (not Linux) or not writable: beside the bundle.
  }
  return `${target}.site`;
}

/**
 * Writes one shard's bundle into `target`: the articles as the pages Pagefind would see
 * (`articleToSearchHtml`, one file each at `articles/<id>/index.html`, which gives each its
 * URL), then Pagefind's command line over them. Through temporary folders, so a failure leaves
 * no half bundle. The command line costs about a third less CPU than Pagefind's Node service for
 * the same bundle (docs/performance.md, "What was measured").
 */
export async function indexShard(shard: ShardPlan, target: string, language: string, niceness = 0, memory = MEMORY_FOLDER): Promise<void> {
  endOnExit();
  const pages = shard.articles.map((article) => ({ dir: join('articles', ...article.id.split('/')), html: articleToSearchHtml(article) }));
  const temporary = `${target}.tmp`;
  rmSync(`${target}.site`, { recursive: true, force: true });
  rmSync(temporary, { recursive: true, force: true });
  const folder = pagesFolder(
    target,
    pages.reduce((n, p) => n + 3 * p.html.length, 0),
    memory,
  );
  const site = folder.startsWith(memory) ? join(folder, 'site') : folder;
  live.folders.add(folder).add(temporary);
  try {
    const made = new Set<string>();
    for (const page of pages) {
      const dir = join(site, page.dir);
      const parent = dirname(dir);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), page.html);
    }
    await runPagefind(site, temporary, language, shard.id, shard.articles.length, { cwd: dirname(target), niceness });
    for (const file of UNUSED) rmSync(join(temporary, file), { force: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(temporary, { recursive: true, force: true });
    live.folders.delete(folder);
    live.folders.delete(temporary);
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
 * `niceness` (0–19) lowers Pagefind's CPU priority, for when the pages are what the build waits for;
 * a function is asked again before each shard.
 * `memory`: where the pages for Pagefind are written when they fit (Linux's `/dev/shm`).
 */
export async function indexShards(
  shards: readonly ShardPlan[],
  {
    cacheRoot,
    language,
    parallel = () => 1,
    niceness = 0,
    memory = MEMORY_FOLDER,
  }: { cacheRoot: string; language: string; parallel?: () => number; niceness?: number | (() => number); memory?: string },
): Promise<IndexRun> {
  const started = performance.now();
  const stale = shards.filter((s) => {
    const hashFile = join(cacheRoot, s.id, 'hash');
    return !(existsSync(hashFile) && readFileSync(hashFile, 'utf8') === s.hash);
  });
  const queue = [...stale];
  let running = 0;
  let failure: unknown;
  await new Promise<void>((resolve) => {
    const settle = () => {
      if (running === 0 && (queue.length === 0 || failure !== undefined)) resolve();
    };
    const next = () => {
      while (failure === undefined && queue.length > 0 && running < Math.max(1, parallel())) {
        const shard = queue.shift()!;
        running += 1;
        const dir = join(cacheRoot, shard.id);
        const bundle = join(dir, 'bundle');
        mkdirSync(dir, { recursive: true });
        rmSync(join(dir, 'hash'), { force: true });
        void indexShard(shard, bundle, language, typeof niceness === 'function' ? niceness() : niceness, memory)
          .then(
            () => {
              writeFileSync(join(dir, 'hash'), shard.hash);
              return true;
            },
            (error: unknown) => {
              failure ??= error;
              return false;
            },
          )
          .then((indexed) => {
            running -= 1;
            // The next shard's Pagefind starts first; this one's page postings are counted meanwhile, on this
            // thread, so that installing the shards only reads them (installShards).
            next();
            if (indexed && failure === undefined) {
              try {
                cachedBundlePostings(bundle, dir);
              } catch (error) {
                failure ??= error;
              }
            }
            settle();
          });
      }
    };
    next();
    settle();
  });
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

export function shardManifest(
  shards: readonly ShardPlan[],
  {
    language,
    base,
    gramBuckets,
    postingBuckets,
    firstAnswer,
    postingCap = DEFAULT_POSTING_CAP,
  }: { language: string; base: string; gramBuckets: number; postingBuckets?: number; firstAnswer: number; postingCap?: number },
): ShardManifest {
  const root = withSlash(base);
  return {
    version: 1,
    language,
    shards: shards.map((s, i) => ({ id: s.id, bundlePath: `${root}${shardBundleDir(i, s.id)}/`, pages: s.articles.length })),
    grams: { buckets: gramBuckets },
    ...(postingBuckets !== undefined ? { postings: { buckets: postingBuckets, cap: postingCap } } : {}),
    firstAnswer,
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
  {
    cacheRoot,
    language,
    base,
    firstAnswer = DEFAULT_FIRST_ANSWER,
    postingCap = DEFAULT_POSTING_CAP,
    changed,
  }: { cacheRoot: string; language: string; base: string; firstAnswer?: number; postingCap?: number; changed?: readonly string[] },
): void {
  const manifestFile = join(outDir, 'pagefind', 'shards.json');
  const postings = shards.map((s) => cachedBundlePostings(join(cacheRoot, s.id, 'bundle'), join(cacheRoot, s.id)));
  shards.forEach((s, i) => {
    if (postings[i]!.pages.length !== s.articles.length)
      throw new SearchIndexError(`Search shard ${s.id} holds ${postings[i]!.pages.length} pages for ${s.articles.length} articles.`);
  });
  // Which shards hold each bigram, and how many pages: a search skips the shards that cannot match.
  const directory = gramsToBuckets(postings.map(postingsToGrams));
  // Which pages hold each bigram: a compound query loads just those (src/lib/page-postings.ts).
  const pageDirectory = postingsToBuckets(postings);
  const manifest = `${JSON.stringify(
    shardManifest(shards, {
      language,
      base,
      gramBuckets: directory.buckets,
      postingBuckets: pageDirectory.buckets,
      firstAnswer,
      postingCap,
    }),
  )}\n`;
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
  writeGramDirectory(outDir, directory);
  writePostingDirectory(
    outDir,
    pageDirectory,
    shards.map((s) => s.id),
  );
  writeFileSync(manifestFile, manifest);
}
