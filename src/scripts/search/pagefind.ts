/** The part of Pagefind 1.6's browser API (pagefind.js) that the search page uses. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
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
  /** Adds another bundle: later searches cover it too (Pagefind merges the results). */
  mergeIndex: (basePath: string) => Promise<void>;
}

interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker: boolean }) => Pagefind;
}

/** `/pagefind/shards.json`, written by the build (scripts/lib/search-index/indexer.ts). */
interface ShardManifest {
  shards: { id: string; bundlePath: string; pages: number }[];
}

/**
 * The site's search index: one Pagefind bundle, or one per year (newest first) on large sites.
 * A search starts on the newest year alone, whose results can be shown first; the other years
 * are then merged in (`mergeAll`), or only the one a year filter names (`mergeShard`).
 */
export interface SearchIndex {
  pf: Pagefind;
  /** Shard ids (years, or `all`) in the index, newest first, and how many are merged so far. */
  shards: readonly string[];
  merged: () => number;
  /** Merges every shard not merged yet. */
  mergeAll: () => Promise<void>;
  /** Merges the shard of one year, if the index has one. */
  mergeShard: (id: string) => Promise<void>;
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
  instance ??= Promise.all([readManifest(base), import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>]).then(
    ([manifest, mod]) => {
      const [first, ...rest] = manifest.shards;
      const pf = mod.createInstance({ basePath: first!.bundlePath, noWorker: true });
      const merging = new Map<string, Promise<void>>();
      const mergeShard = (id: string) => {
        const shard = rest.find((s) => s.id === id);
        if (!shard) return Promise.resolve();
        let done = merging.get(id);
        if (!done) {
          done = pf.mergeIndex(shard.bundlePath);
          merging.set(id, done);
        }
        return done;
      };
      return {
        pf,
        shards: manifest.shards.map((s) => s.id),
        merged: () => 1 + merging.size,
        mergeAll: async () => {
          await Promise.all(rest.map((s) => mergeShard(s.id)));
        },
        mergeShard,
      };
    },
  );
  return instance;
}
