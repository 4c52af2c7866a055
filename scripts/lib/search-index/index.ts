import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isListed } from '../../../src/lib/visibility.ts';
import { hashFiles } from '../build/incremental.ts';
import {
  DEFAULT_FIRST_ANSWER,
  DEFAULT_POSTING_CAP,
  DEFAULT_SHARD_SIZE,
  SEARCH_SETTINGS_ENV,
  planShards,
  type IndexedArticle,
  type ShardMode,
  type ShardPlan,
} from './records.ts';
import { indexShards, installShards, reniceRunning, type IndexRun } from './indexer.ts';

export { SearchIndexError } from './indexer.ts';
export type { ShardMode } from './records.ts';

/** Above this many listed articles, `auto` splits the index by year (Pagefind needs ~0.6 GB per 1,000 pages in one index). */
export const AUTO_SHARD_THRESHOLD = 2000;

/** `ZHUANZAI_SEARCH_SHARDS`: `year`, `none`, or `auto` (the default: by year above the threshold). */
export function shardModeFor(setting: string | undefined, listedArticles: number): ShardMode {
  const value = (setting ?? '').trim() || 'auto';
  if (value === 'year' || value === 'none') return value;
  if (value === 'auto') return listedArticles > AUTO_SHARD_THRESHOLD ? 'year' : 'none';
  throw new Error(`ZHUANZAI_SEARCH_SHARDS must be auto, year or none, got "${setting}".`);
}

/** A setting that is a positive whole number of articles, `fallback` when empty. */
function articleCountFor(name: string, setting: string | undefined, fallback: number): number {
  const value = (setting ?? '').trim();
  if (value === '') return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`${name} must be a whole number of articles, e.g. ${fallback}; got "${setting}".`);
  return count;
}

/** `ZHUANZAI_SEARCH_SHARD_SIZE`: most articles in one shard before a year is cut into parts. */
export function shardSizeFor(setting: string | undefined): number {
  return articleCountFor('ZHUANZAI_SEARCH_SHARD_SIZE', setting, DEFAULT_SHARD_SIZE);
}

/** `ZHUANZAI_SEARCH_FIRST_ANSWER`: articles the search page's first answer covers at least (newest shards first). */
export function firstAnswerFor(setting: string | undefined): number {
  return articleCountFor('ZHUANZAI_SEARCH_FIRST_ANSWER', setting, DEFAULT_FIRST_ANSWER);
}

/** `ZHUANZAI_SEARCH_POSTING_CAP`: articles the search page loads at most for an answer from the page postings. */
export function postingCapFor(setting: string | undefined): number {
  return articleCountFor('ZHUANZAI_SEARCH_POSTING_CAP', setting, DEFAULT_POSTING_CAP);
}

/** The search settings a build reads from the environment. */
export interface SearchSettings {
  /** `ZHUANZAI_SEARCH_SHARDS`, checked by `shardModeFor`. */
  shardSetting: string | undefined;
  /** `ZHUANZAI_SEARCH_SHARD_SIZE`. */
  shardSize: number;
  /** `ZHUANZAI_SEARCH_FIRST_ANSWER`. */
  firstAnswer: number;
  /** `ZHUANZAI_SEARCH_POSTING_CAP`. */
  postingCap: number;
}

/**
 * Reads and checks the search settings, so that a build can refuse a bad one before it starts
 * anything: the error names the variable, the value and what it takes.
 */
export function searchSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): SearchSettings {
  const [shards, size, first, cap] = SEARCH_SETTINGS_ENV;
  const shardSetting = env[shards];
  shardModeFor(shardSetting, 0);
  return { shardSetting, shardSize: shardSizeFor(env[size]), firstAnswer: firstAnswerFor(env[first]), postingCap: postingCapFor(env[cap]) };
}

/**
 * Everything besides the articles that decides a bundle: Pagefind's version, the language, the
 * indexing code and the locked dependency versions (the Markdown parser). A change re-indexes all.
 */
function indexSettings(root: string, language: string, mode: ShardMode): string {
  const hash = createHash('sha256').update(`${language}\0${mode}\0`);
  hashFiles(hash, root, [
    'node_modules/pagefind/package.json',
    'package-lock.json',
    'src/plugins/rehype-sanitize-html.ts',
    'src/lib/dates.ts',
    'src/lib/document-numbers.ts',
    'src/lib/simple-markdown.ts',
    'src/lib/search-meta.ts',
    ...readdirSync(join(root, 'scripts/lib/search-index'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts')
      .map((f) => `scripts/lib/search-index/${f}`),
  ]);
  return hash.digest('hex');
}

/** Pagefind's niceness in the background (see `background`). */
const BACKGROUND_NICENESS = 10;

export interface SearchIndexJob {
  mode: ShardMode;
  shards: ShardPlan[];
  /** Where the bundles are (see `searchCacheRoot`). */
  cacheRoot: string;
  /** Settles when every shard is in the cache. */
  done: Promise<IndexRun>;
  /** Lets two shards be indexed at once (call when the page build no longer needs the second core). */
  useAllCores: () => void;
  /** From now on Pagefind runs at a lower CPU priority, those under way too (the pages are what the build waits for). */
  inBackground: () => void;
  /** Puts the bundles into the built site; call after `done` with its result. */
  install: (outDir: string, run: IndexRun) => void;
}

export interface SearchIndexOptions {
  root: string;
  contentDir: string;
  articles: readonly IndexedArticle[];
  /** Publication moment (Asia/Shanghai): scheduled articles are left out. */
  now: string;
  /** Site base, for the bundle paths in `shards.json`. */
  base: string;
  /** `ZHUANZAI_SEARCH_SHARDS`. */
  shardSetting?: string | undefined;
  /** `ZHUANZAI_SEARCH_SHARD_SIZE`, read with `shardSizeFor`. */
  shardSize?: number;
  /** `ZHUANZAI_SEARCH_FIRST_ANSWER`, read with `firstAnswerFor`: written into shards.json. */
  firstAnswer?: number;
  /** `ZHUANZAI_SEARCH_POSTING_CAP`, read with `postingCapFor`: written into shards.json. */
  postingCap?: number;
  language?: string;
  /**
   * Index only these shards (one job of a CI matrix), or those a function picks from the plan (a
   * part of a distributed build); the others are neither indexed nor checked.
   */
  only?: readonly string[] | ((shards: readonly ShardPlan[]) => readonly string[]) | undefined;
  /** Where the bundles are cached; `searchCacheRoot` by default. */
  cacheRoot?: string;
  /**
   * Pagefind at a lower CPU priority: in an incremental build Astro's fixed cost is what the build
   * waits for, and re-indexing a shard or two beside it should not slow it down.
   */
  background?: boolean;
}

/**
 * Where shard bundles are cached: `ZHUANZAI_SEARCH_CACHE`, else `node_modules/.cache/zhuanzai/search/`
 * keyed by the content folder. A CI matrix sets the variable so that every job agrees on it.
 */
export function searchCacheRoot(root: string, contentDir: string, mode: ShardMode, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['ZHUANZAI_SEARCH_CACHE'];
  if (configured) return join(resolve(configured), mode);
  const folder = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return join(root, 'node_modules', '.cache', 'zhuanzai', 'search', folder, mode);
}

/**
 * Starts indexing the articles for search straight from the checked content, so it runs on
 * one core while Astro renders pages on the other. Bundles are cached per shard (see
 * `searchCacheRoot`); a shard whose articles and settings did not change is not indexed again.
 */
export function startSearchIndex({
  root,
  contentDir,
  articles,
  now,
  base,
  shardSetting,
  shardSize = DEFAULT_SHARD_SIZE,
  firstAnswer = DEFAULT_FIRST_ANSWER,
  postingCap = DEFAULT_POSTING_CAP,
  language = 'zh-cn',
  only,
  background = false,
  cacheRoot: cacheRootOption,
}: SearchIndexOptions): SearchIndexJob {
  const listed = articles.filter((a) => isListed(a.data, { now, includeDrafts: false })).length;
  const mode = shardModeFor(shardSetting, listed);
  const shards = planShards(articles, mode, now, indexSettings(root, language, mode), shardSize);
  const cacheRoot = cacheRootOption ?? searchCacheRoot(root, contentDir, mode);
  const picked = typeof only === 'function' ? only(shards) : only;
  // Shards indexed at once while the pages build (Astro takes about one core); two once they are built.
  let cores = Math.max(1, Number(process.env['ZHUANZAI_SEARCH_JOBS'] ?? 1) || 1);
  let niceness = background ? BACKGROUND_NICENESS : 0;
  const done = indexShards(picked ? shards.filter((s) => picked.includes(s.id)) : shards, {
    cacheRoot,
    language,
    parallel: () => cores,
    niceness: () => niceness,
  });
  return {
    mode,
    shards,
    cacheRoot,
    done,
    useAllCores: () => {
      cores = Math.max(cores, 2);
    },
    inBackground: () => {
      niceness = BACKGROUND_NICENESS;
      reniceRunning(niceness);
    },
    install: (outDir, run) =>
      installShards(outDir, shards, { cacheRoot, language, base, firstAnswer, postingCap, changed: run.indexedIds }),
  };
}
