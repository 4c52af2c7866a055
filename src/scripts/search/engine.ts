import { DOCUMENT_NUMBER_FILTER, documentNumbers } from '../../lib/document-numbers.ts';
import { termToSegments, termToWords } from '../../lib/search-pieces.ts';
import { containsAllTerms, queryToTerms, termsToLoose, termsToPhrase, textToMatchable } from '../../lib/search-query.ts';
import {
  byScore,
  candidateIds,
  docToMatch,
  matchToMarks,
  mergeByDate,
  orderByAdjacency,
  rankResults,
  type LoadedDoc,
} from '../../lib/search-rank.ts';
import { termToVariants, type SynonymIndex } from '../../lib/search-synonyms.ts';
import { mergeFacetCounts, stateToPagefindFilters, type FacetCounts, type SearchState } from '../../lib/search-state.ts';
import { SHARD_FILTER, type Pagefind, type PagefindData, type PagefindResponse, type PagefindResult } from './pagefind.ts';

/** Candidates loaded from each search before ranking: enough for rank ~1–10 of either list. */
const WINDOW = 12;
/** The widest window of a compound query's full search (see `runSearch`). */
const MAX_WINDOW = 48;
const PAGE = 10;
/** Searches with other forms of the query's register words (工信部 → 工业和信息化部), at most. */
const VARIANTS = 6;
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
  /** The forms to highlight in a result: one group per piece of the query. */
  marks: (d: PagefindData) => string[][];
  /**
   * The query cut where a reader would put spaces (辽宁营商环境 → 辽宁, 营商环境), to suggest
   * dropping one when nothing holds them all.
   */
  words: string[];
  /** When nothing holds the query: articles that hold some of `words`, most words first (searched on demand). */
  partial: () => Promise<PagefindData[]>;
  /** The articles loaded for it, by id: a later search reuses them instead of fetching them again. */
  loaded: ReadonlyMap<string, Promise<PagefindData>>;
  /**
   * True while `total` counts pages not checked yet that may not hold the query (an answer from
   * the page postings for a word on many pages, src/scripts/search/complete.ts); it shrinks as
   * they are checked. Absent: exact.
   */
  readonly approximate?: boolean;
  /** Checks every page still counted unchecked (few enough to load), so that `total` is exact: run after the first page is shown. */
  settle?: () => Promise<void>;
}

export interface SearchOptions {
  /**
   * When the phrase search alone has this many results, only those are loaded and ranked: a
   * first answer to show while a fuller search runs, for a third of the fragments.
   */
  quick?: number | undefined;
  /** Ids of the shards the search covers, newest first (`SearchIndex.searched`); one bundle without. */
  shards?: readonly string[] | undefined;
  /** Equivalent forms (content/search-synonyms.yaml and the sources' aliases). */
  synonyms?: SynonymIndex | undefined;
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
export async function runSearch(
  pf: Pagefind,
  state: SearchState,
  query: string,
  { quick, shards, synonyms }: SearchOptions = {},
): Promise<Outcome> {
  const terms = queryToTerms(query);
  const words = terms.flatMap(termToWords);
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
    const none = { terms, words, partial: async () => [], marks: () => [], loaded };
    if (Object.keys(filters).length === 0) return { ...none, total: 0, facets: async () => ({}), page: async () => [] };
    const all = await newestFirst(pf, null, filters, shards);
    return {
      ...none,
      total: all.length,
      facets: facetsOf(
        () => pf.search(null, { filters }),
        async () => [],
      ),
      page: pageOf(remember(all)),
    };
  }

  const phraseQuery = termsToPhrase(terms);
  // The same query with other forms of its register words: each term replaced in turn.
  const variants = synonyms
    ? terms
        .flatMap((t, i) => termToVariants(t, synonyms, VARIANTS).map((v) => [...terms.slice(0, i), v, ...terms.slice(i + 1)]))
        .slice(0, VARIANTS)
    : [];
  // The articles filed under the query's document numbers (src/lib/document-numbers.ts).
  const numbers = documentNumbers(query).map((d) => d.key);
  const [phrase, loose, numbered, ...others] = await Promise.all([
    phraseQuery ? pf.search(phraseQuery, { filters }) : undefined,
    pf.search(termsToLoose(terms), { filters }),
    numbers.length > 0 ? pf.search(null, { filters: { ...filters, [DOCUMENT_NUMBER_FILTER]: numbers } }) : undefined,
    ...variants.map((v) => pf.search(v.join(' '), { filters })),
  ]);
  const phraseResults = byScore(phrase?.results ?? []);
  const looseResults = byScore(loose.results);
  const phraseIds = remember(phraseResults);
  const looseIds = remember(looseResults);
  // Only for several words: a single word's own search is the plain search.
  const rare = await Promise.all(
    (words.length > 1 ? [terms, ...variants] : []).map(async (t, i) => {
      const response = i === 0 ? loose : others[i - 1];
      return response ? rarestWords(pf, t, new Set(response.results.map((r) => r.id)), filters, remember) : [];
    }),
  );
  const lists = [
    ...rare.flat(),
    phraseIds,
    orderByAdjacency(looseResults),
    remember(byScore(numbered?.results ?? [])),
    ...others.map((r) => {
      const results = byScore(r?.results ?? []);
      remember(results);
      return orderByAdjacency(results);
    }),
  ];
  const docs = new Map<string, LoadedDoc>();
  const load = (ids: readonly string[]) =>
    Promise.all(
      ids
        .filter((id) => !docs.has(id))
        .map(async (id) => {
          const d = await data(id);
          docs.set(id, { id, url: d.url, title: d.meta['title'] ?? '', content: d.content, date: d.meta['date'] ?? '' });
        }),
    );
  const scores = {
    phrase: new Map(phraseResults.map((r) => [r.id, r.score])),
    loose: new Map(looseResults.map((r) => [r.id, r.score])),
  };
  const rankAll = (candidates: readonly string[]) =>
    rankResults({ terms, phrase: phraseIds, loose: looseIds, scores, candidates, docs, synonyms });
  let candidates: string[] = [];
  let ranked: string[] = [];
  if (quick !== undefined && phraseIds.length >= quick) {
    candidates = phraseIds.slice(0, quick);
    await load(candidates);
    ranked = rankAll(candidates);
  } else {
    // Small steps first: a page of matches often needs only a few fragments. Past the first
    // window, a compound query (whose pieces Pagefind's ranking does not keep together) widens
    // while each step still finds more, in the full search only, not in a first answer.
    const widen = quick === undefined && words.length > 1;
    let verified = 0;
    // A first answer stops at 8 from each list, 4 for several words (whose lists are more: each
    // rare word's too): the full search that follows goes on.
    const firstSteps = words.length > 1 ? [4] : [4, 8];
    for (const window of widen ? [4, 8, WINDOW, 2 * WINDOW, MAX_WINDOW] : quick !== undefined ? firstSteps : [4, 8, WINDOW]) {
      const before = verified;
      candidates = candidateIds(lists, window);
      await load(candidates);
      ranked = rankAll(candidates);
      // Only loaded matches count: the unloaded rest of the phrase results is appended unranked.
      verified = ranked.filter((id) => docs.has(id)).length;
      if (verified >= PAGE || !lists.some((l) => l.length > window)) break;
      if (window >= WINDOW && verified === before) break;
    }
  }
  const marks = marksOf(terms, synonyms);
  const kept = new Set(ranked);
  // Nothing holds the whole query: the best of each word alone, for the list of partial matches.
  const partial = async () => {
    if (ranked.length > 0 || words.length < 2) return [];
    const responses = await Promise.all(words.map((w) => pf.search(w, { filters })));
    const ids = candidateIds(
      responses.map((r) => remember(byScore(r.results))),
      PARTIAL,
    );
    await load(ids);
    return partialMatches(
      words,
      ids.map((id) => docs.get(id)!),
      data,
    );
  };
  const inPhrase = new Set(phraseIds);
  const extras = ranked.filter((id) => !inPhrase.has(id));
  const extraData = await Promise.all(extras.map(data));
  const facets = facetsOf(
    async () => (phraseQuery ? pf.search(phraseQuery, { filters }) : undefined),
    async () => extraData,
  );
  const shared = { terms, words, marks, partial, loaded };
  if (state.sort === 'relevance') return { ...shared, total: ranked.length, facets, page: pageOf(ranked) };

  // Newest first: Pagefind sorts the phrase results; the extras (all loaded) are merged in by date.
  const sorted = phraseQuery ? remember(await newestFirst(pf, phraseQuery, filters, shards)) : [];
  const sortedKept = sorted.filter((id) => kept.has(id));
  const extraDates = extras.map((id, i) => ({ id, date: extraData[i]!.meta['date'] ?? '' }));
  const dates = new Map<string, string>();
  return {
    ...shared,
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

/** The forms to highlight in a result: one group per piece of the query (`Outcome.marks`). */
export function marksOf(terms: readonly string[], synonyms: SynonymIndex | undefined): (d: PagefindData) => string[][] {
  return (d) => {
    const match = docToMatch(terms, { title: d.meta['title'] ?? '', content: d.content }, synonyms);
    return match ? matchToMarks(match) : terms.map((t) => [t]);
  };
}

/** 0 when an article's title holds every term literally, 1 when its text does, else undefined. */
export function literalTier(terms: readonly string[], d: PagefindData): 0 | 1 | undefined {
  if (containsAllTerms(textToMatchable(d.meta['title'] ?? ''), terms)) return 0;
  return containsAllTerms(textToMatchable(d.content), terms) ? 1 : undefined;
}

/**
 * Whether the order of these articles needs Pagefind's scores: two of them hold the whole query
 * in their titles, or two in their texts (see `rankPages`).
 */
export function needsScores(terms: readonly string[], articles: readonly PagefindData[]): boolean {
  const tiers = [0, 0];
  for (const d of articles) {
    const tier = literalTier(terms, d);
    if (tier !== undefined && ++tiers[tier]! > 1) return true;
  }
  return false;
}

/** Candidate lists from the rarest words of a query, and how deep each goes (see `rarestWords`). */
const RARE_WORDS = 2;
const RARE_DEPTH = 8;

/**
 * Pagefind's plain search ranks a page by all the query's words together, and a word it matches
 * loosely (a prefix, or a shorter word standing for a longer one) can bury the page that holds the
 * query: 工业和信息化部 ranks its one article below 371 that share 和 … 部. Worse, when its indexer
 * made one word of what the query splits in two (高新技术企业 against 高新技术 | 企业), the page
 * is not among its results at all. Each word alone ranks such a page well, and the rarest words
 * tell the most. So the words are also searched one by one (the index chunks are the ones the
 * query loaded), and the results of the `RARE_WORDS` rarest are lists of candidates too, the
 * pages the whole query matched (`matched`) first.
 */
async function rarestWords(
  pf: Pagefind,
  terms: readonly string[],
  matched: ReadonlySet<string>,
  filters: Record<string, string[]>,
  remember: (results: readonly PagefindResult[]) => string[],
): Promise<string[][]> {
  const words = [...new Set(terms.flatMap(termToSegments))];
  if (words.length < 2) return [];
  const responses = await Promise.all(words.map((w) => pf.search(w, { filters })));
  return responses
    .map((r) => byScore(r.results))
    .filter((results) => results.length > 0)
    .sort((a, b) => a.length - b.length)
    .slice(0, RARE_WORDS)
    .map((results) =>
      remember([...results.filter((r) => matched.has(r.id)), ...results.filter((r) => !matched.has(r.id))].slice(0, RARE_DEPTH)),
    );
}

/** At most this many articles in the list of partial matches. */
const PARTIAL = 5;

/** The articles holding at least one of `words` (in title or text), most words first. */
function partialMatches(
  words: readonly string[],
  docs: readonly LoadedDoc[],
  data: (id: string) => Promise<PagefindData>,
): Promise<PagefindData[]> {
  const counted = docs
    .map((doc, i) => {
      const text = textToMatchable(`${doc.title}${doc.content}`);
      return { doc, i, n: words.filter((w) => text.includes(w)).length };
    })
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, PARTIAL);
  return Promise.all(counted.map((c) => data(c.doc.id)));
}
