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
}

interface PagefindModule {
  createInstance: (options: { basePath: string; noWorker: boolean }) => Pagefind;
}

let instance: Promise<Pagefind> | undefined;

/**
 * Loads the bundle Pagefind wrote next to the site, under the deploy base. Runs on the main
 * thread: the worker script would add ~13 KB to the first query for no gain at this size.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  instance ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then((mod: PagefindModule) =>
    mod.createInstance({ basePath: `${base}pagefind/`, noWorker: true }),
  );
  return instance;
}
