import { DOCUMENT_NUMBER_FILTER, documentNumbers } from '../../lib/document-numbers.ts';
import { queryToTerms, termsToLoose, termsToPhrase } from '../../lib/search-query.ts';
import { byScore, candidateIds, mergeByDate, orderByAdjacency, rankResults, type LoadedDoc } from '../../lib/search-rank.ts';
import { mergeFacetCounts, stateToPagefindFilters, type FacetCounts, type SearchState } from '../../lib/search-state.ts';
import { SHARD_FILTER, type Pagefind, type PagefindData, type PagefindResponse, type PagefindResult } from './pagefind.ts';

/** Candidates loaded from each search before ranking: enough for rank ~1–10 of either list. */
const WINDOW = 12;
const NEWEST: Record<string, 'asc' | 'desc'> = { date: 'desc' };

export interface Outcome {
  terms: string[];
  total: number;
  /**
   * Facet counts, loaded on demand: Pagefind's filter chunks are the largest optional part of
   * the first query (~66 KB gzip at 10,000 pages), so they are fetched only when asked for.
   */
  facets: () => Promise<FacetCounts>;
  /** The first `n` results, in display order. */
  page: (n: number) => Promise<PagefindData[]>;
}

export interface SearchOptions {
  /**
   * When the phrase search alone has this many results, only those are loaded and ranked: a
   * first answer to show while a fuller search runs, for a third of the fragments.
   */
  quick?: number | undefined;
  /** Ids of the shards the search covers, newest first (`SearchIndex.searched`); one bundle without. */
  shards?: readonly string[] | undefined;
}

/**
 * Newest first. Pagefind sorts within one bundle; merged bundles come back interleaved (a page's
 * score is its place in its own bundle's order), so with shards each is searched apart, through
 * the filter the search page files its pages under, and the lists are joined newest shard first
 * (shards never share a month).
 */
async function newestFirst(
  pf: Pagefind,
  term: string | null,
  filters: Record<string, string[]>,
  shards: readonly string[] | undefined,
): Promise<PagefindResult[]> {
  if (!shards || shards.length < 2) return (await pf.search(term, { filters, sort: NEWEST })).results;
  const lists = await Promise.all(shards.map((id) => pf.search(term, { filters: { ...filters, [SHARD_FILTER]: [id] }, sort: NEWEST })));
  return lists.flatMap((r) => r.results);
}

/**
 * Runs the Chinese search strategy (see src/lib/search-rank.ts): exact phrase and loose search,
 * literal verification, re-ranking; or a filter-only listing, newest first, when there is no query.
 */
export async function runSearch(pf: Pagefind, state: SearchState, query: string, { quick, shards }: SearchOptions = {}): Promise<Outcome> {
  const terms = queryToTerms(query);
  const filters = stateToPagefindFilters(state);
  const byId = new Map<string, PagefindResult>();
  const loaded = new Map<string, Promise<PagefindData>>();
  const data = (id: string) => {
    let d = loaded.get(id);
    if (!d) {
      d = byId.get(id)!.data();
      loaded.set(id, d);
    }
    return d;
  };
  const remember = (results: readonly PagefindResult[]) => {
    for (const r of results) if (!byId.has(r.id)) byId.set(r.id, r);
    return results.map((r) => r.id);
  };
  const facetsOf = (search: () => Promise<PagefindResponse | undefined>, extras: () => Promise<PagefindData[]>) => {
    let counts: Promise<FacetCounts> | undefined;
    return () =>
      (counts ??= (async () => {
        // Searches return counts only for filter chunks already loaded.
        await pf.filters();
        const [response, extra] = await Promise.all([search(), extras()]);
        return mergeFacetCounts(
          response?.filters ?? {},
          extra.map((d) => d.filters),
        );
      })());
  };
  const pageOf = (ids: readonly string[]) => (n: number) => Promise.all(ids.slice(0, n).map(data));

  if (terms.length === 0) {
    if (Object.keys(filters).length === 0) return { terms, total: 0, facets: async () => ({}), page: async () => [] };
    const all = await newestFirst(pf, null, filters, shards);
    return {
      terms,
      total: all.length,
      facets: facetsOf(
        () => pf.search(null, { filters }),
        async () => [],
      ),
      page: pageOf(remember(all)),
    };
  }

  const phraseQuery = termsToPhrase(terms);
  // The articles filed under the query's document numbers (src/lib/document-numbers.ts).
  const numbers = documentNumbers(query).map((d) => d.key);
  const [phrase, loose, numbered] = await Promise.all([
    phraseQuery ? pf.search(phraseQuery, { filters }) : undefined,
    pf.search(termsToLoose(terms), { filters }),
    numbers.length > 0 ? pf.search(null, { filters: { ...filters, [DOCUMENT_NUMBER_FILTER]: numbers } }) : undefined,
  ]);
  const phraseResults = byScore(phrase?.results ?? []);
  const looseResults = byScore(loose.results);
  const phraseIds = remember(phraseResults);
  const looseIds = remember(looseResults);
  const docs = new Map<string, LoadedDoc>();
  const candidates =
    quick !== undefined && phraseIds.length >= quick
      ? phraseIds.slice(0, quick)
      : candidateIds([phraseIds, orderByAdjacency(looseResults), remember(byScore(numbered?.results ?? []))], WINDOW);
  await Promise.all(
    candidates.map(async (id) => {
      const d = await data(id);
      docs.set(id, { id, url: d.url, title: d.meta['title'] ?? '', content: d.content, date: d.meta['date'] ?? '' });
    }),
  );
  const scores = {
    phrase: new Map(phraseResults.map((r) => [r.id, r.score])),
    loose: new Map(looseResults.map((r) => [r.id, r.score])),
  };
  const ranked = rankResults({ terms, phrase: phraseIds, loose: looseIds, scores, candidates, docs });
  const inPhrase = new Set(phraseIds);
  const extras = ranked.filter((id) => !inPhrase.has(id));
  const extraData = await Promise.all(extras.map(data));
  const facets = facetsOf(
    async () => (phraseQuery ? pf.search(phraseQuery, { filters }) : undefined),
    async () => extraData,
  );
  if (state.sort === 'relevance') return { terms, total: ranked.length, facets, page: pageOf(ranked) };

  // Newest first: Pagefind sorts the phrase results; the extras (all loaded) are merged in by date.
  const sorted = phraseQuery ? remember(await newestFirst(pf, phraseQuery, filters, shards)) : [];
  const kept = new Set(ranked);
  const sortedKept = sorted.filter((id) => kept.has(id));
  const extraDates = extras.map((id, i) => ({ id, date: extraData[i]!.meta['date'] ?? '' }));
  const dates = new Map<string, string>();
  return {
    terms,
    total: ranked.length,
    facets,
    page: async (n) => {
      for (;;) {
        const merged = mergeByDate(sortedKept, extraDates, dates);
        if (merged.complete || merged.ids.length >= n) return Promise.all(merged.ids.slice(0, n).map(data));
        const next = sortedKept.filter((id) => !dates.has(id)).slice(0, n);
        for (const [i, d] of (await Promise.all(next.map(data))).entries()) dates.set(next[i]!, d.meta['date'] ?? '');
      }
    },
  };
}
