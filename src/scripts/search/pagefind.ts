import type { SynonymIndex } from '../../lib/search-synonyms.ts';
import { lookupGrams, type GramLookup, type ShardManifest } from './grams.ts';

/** The part of Pagefind 1.6's browser API (pagefind.js) that the search page uses. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  /** The fragment's hash: the same for an article in any bundle and on any machine. */
  id: string;
  /** Relevance; with a sort, the page's place in its own bundle's sort order. */
  score: number;
  /** Positions of the matched words in the page. */
  words: number[];
  data: () => Promise<PagefindData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse>;
  /** Loads every filter chunk; only then do searches return facet counts. */
  filters: () => Promise<Record<string, Record<string, number>>>;
  /**
   * Adds another bundle: later searches cover it too (Pagefind merges the results by score).
   * `mergeFilter` files all its pages under a filter value without touching the bundle.
   */
  mergeIndex: (basePath: string, options?: { mergeFilter?: Record<string, string> }) => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker: boolean; mergeFilter?: Record<string, string> }) => Pagefind;
}

/**
 * The filter under which the search page files each bundle's pages by shard id (Pagefind's
 * `mergeFilter`: nothing in the index). Pagefind sorts within a bundle only; merged bundles
 * interleave by each page's place in its own bundle, so a newest-first list searches the shards
 * one by one (`engine.ts`).
 */
export const SHARD_FILTER = '分片';

/**
 * The site's search index: one Pagefind bundle, or one per year or part of a year (newest first)
 * on large sites. A search starts on the newest shards, whose results can be shown first; the
 * others are then merged in (`mergeAll`), or only a year's (`mergeYear`).
 */
export interface SearchIndex {
  pf: Pagefind;
  /** Shard ids in the index, newest first, and how many are merged so far. */
  shards: readonly string[];
  merged: () => number;
  /** Ids of the shards a search covers now (the first and those merged), newest first. */
  searched: () => string[];
  /** Merges every shard not merged yet. */
  mergeAll: () => Promise<void>;
  /** Merges the shards of one year (`2024`: `2024`, or `2024-01` … `2024-12`). */
  mergeYear: (year: string) => Promise<void>;
  /** What the bigram directory tells of the terms: the shards that can hold them, and how often their words occur. */
  lookup: (terms: readonly string[], synonyms?: SynonymIndex) => Promise<GramLookup>;
  /** Merges the given shards (ids) not merged yet. */
  mergeShards: (ids: readonly string[]) => Promise<void>;
  /** `/pagefind/shards.json` (one shard, `all`, without it). */
  manifest: ShardManifest;
}

/**
 * The first answer searches the newest shards that together hold at least this many articles
 * (unless shards.json says otherwise): early in a year the newest shard alone holds too few.
 */
const FIRST_ANSWER_ARTICLES = 500;

let manifestOf: Promise<ShardManifest> | undefined;

/** `/pagefind/shards.json`, read once a page: enough for an answer from the page postings, without Pagefind. */
export function siteManifest(base: string): Promise<ShardManifest> {
  manifestOf ??= readManifest(base);
  return manifestOf;
}

async function readManifest(base: string): Promise<ShardManifest> {
  const single = { shards: [{ id: 'all', bundlePath: `${base}pagefind/`, pages: 0 }] };
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    if (!response.ok) return single;
    const manifest = (await response.json()) as ShardManifest;
    return manifest.shards.length > 0 ? manifest : single;
  } catch {
    return single;
  }
}

let instance: Promise<SearchIndex> | undefined;

/**
 * Loads the newest bundle Pagefind wrote next to the site, under the deploy base. Runs on the
 * main thread: the worker script would add ~13 KB to the first query for no gain at this size.
 */
export function loadPagefind(base: string): Promise<SearchIndex> {
  instance ??= Promise.all([siteManifest(base), import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>]).then(
    async ([manifest, mod]) => {
      const [first, ...rest] = manifest.shards;
      const pf = mod.createInstance({ basePath: first!.bundlePath, noWorker: true, mergeFilter: { [SHARD_FILTER]: first!.id } });
      const merging = new Map<string, Promise<void>>();
      const merge = (shard: { id: string; bundlePath: string }) => {
        let done = merging.get(shard.id);
        if (!done) {
          done = pf.mergeIndex(shard.bundlePath, { mergeFilter: { [SHARD_FILTER]: shard.id } });
          merging.set(shard.id, done);
        }
        return done;
      };
      let pages = first!.pages;
      for (const shard of rest) {
        if (pages >= (manifest.firstAnswer ?? FIRST_ANSWER_ARTICLES)) break;
        await merge(shard);
        pages += shard.pages;
      }
      return {
        pf,
        shards: manifest.shards.map((s) => s.id),
        merged: () => 1 + merging.size,
        searched: () => manifest.shards.filter((s) => s === first || merging.has(s.id)).map((s) => s.id),
        mergeAll: async () => {
          await Promise.all(rest.map(merge));
        },
        mergeYear: async (year) => {
          await Promise.all(rest.filter((s) => s.id === year || s.id.startsWith(`${year}-`)).map(merge));
        },
        lookup: (terms, synonyms) => lookupGrams(manifest, base, terms, synonyms),
        manifest,
        mergeShards: async (ids) => {
          const wanted = new Set(ids);
          await Promise.all(rest.filter((s) => wanted.has(s.id)).map(merge));
        },
      };
    },
  );
  return instance;
}
