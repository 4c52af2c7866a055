/**
 * The complete answer on a sharded site from the page postings (src/lib/page-postings.ts): loaded
 * by the search page only when older shards can hold a query, so that the page script stays small.
 */
import { queryToTerms } from '../../lib/search-query.ts';
import { rankResults, type LoadedDoc } from '../../lib/search-rank.ts';
import { mergeFacetCounts, stateToPagefindFilters, type SearchState } from '../../lib/search-state.ts';
import type { SynonymIndex } from '../../lib/search-synonyms.ts';
import { termToWords } from '../../lib/search-pieces.ts';
import { literalTier, marksOf, needsScores, type Outcome } from './engine.ts';
import type { PagefindData, SearchIndex } from './pagefind.ts';
import { lookupPages, readFragment, type PostingPage } from './postings.ts';

/**
 * At most this many articles (~2.5 KB gzip each) are loaded for a complete answer from the page
 * postings; when more can hold the query, the shards are searched instead.
 */
export const POSTING_CAP = 60;

/**
 * The complete answer from the pages the postings name, reusing what the first answer loaded;
 * undefined when the postings cannot tell, name more than `POSTING_CAP` pages, or the order of
 * the matches needs Pagefind's scores (`rankPages`). A Traditional-looking query that finds
 * nothing converted is tried as typed, as `searchMerged` does (main.ts).
 */
export async function fromPostings(
  index: SearchIndex,
  base: string,
  state: SearchState,
  simplified: string,
  first: Outcome,
  synonyms: SynonymIndex,
): Promise<{ query: string; outcome: Outcome } | undefined> {
  for (const query of [...new Set([simplified, state.q])]) {
    const found = await lookupPages(index.manifest, base, queryToTerms(query), POSTING_CAP, synonyms);
    if (!found || !('pages' in found)) return undefined;
    const ranked = await rankPages(state, query, found.pages, { synonyms, known: first.loaded, partial: first.partial });
    if (ranked.needsScores) return undefined;
    if (ranked.outcome.total > 0 || query === state.q) return { query, outcome: ranked.outcome };
  }
  return undefined;
}

export interface PageOptions {
  synonyms?: SynonymIndex | undefined;
  /** Articles already loaded (a first answer's `loaded`), by id. */
  known?: ReadonlyMap<string, Promise<PagefindData>> | undefined;
  /** The list of partial matches to offer when none of the pages holds the query. */
  partial?: (() => Promise<PagefindData[]>) | undefined;
}

/**
 * The complete answer from every page that can hold the query, as the page postings name them
 * (src/lib/page-postings.ts), all loaded: each is checked literally, as in `runSearch`, and the
 * count is exact. The same tiers and keys as `rankResults`. Only the order of two whole-query
 * matches in one tier (both in the title, or both in the text) needs Pagefind's scores, which the
 * postings do not have: then `needsScores` is true and the caller searches the shards instead, so
 * that the answer is the one a single index gives. Filters are applied to the loaded articles'
 * own filter values, and facet counts are theirs.
 */
export async function rankPages(
  state: SearchState,
  query: string,
  pages: readonly PostingPage[],
  { synonyms, known, partial = async () => [] }: PageOptions = {},
): Promise<{ outcome: Outcome; needsScores: boolean }> {
  const terms = queryToTerms(query);
  const words = terms.flatMap(termToWords);
  const loaded = new Map<string, Promise<PagefindData>>();
  for (const p of pages) loaded.set(p.id, known?.get(p.id) ?? readFragment(p));
  const filters = Object.entries(stateToPagefindFilters(state));
  const data = await Promise.all(pages.map((p) => loaded.get(p.id)!));
  const docs = new Map<string, LoadedDoc>();
  const byId = new Map<string, PagefindData>();
  const literal: string[] = [];
  pages.forEach((p, i) => {
    const d = data[i]!;
    if (!filters.every(([group, values]) => values.every((v) => d.filters[group]?.includes(v)))) return;
    const doc = { id: p.id, url: d.url, title: d.meta['title'] ?? '', content: d.content, date: d.meta['date'] ?? '' };
    docs.set(p.id, doc);
    byId.set(p.id, d);
    if (literalTier(terms, d) !== undefined) literal.push(p.id);
  });
  const ids = [...docs.keys()];
  let ranked = rankResults({ terms, phrase: literal, loose: [], candidates: ids, docs, synonyms });
  if (state.sort === 'date') {
    const place = new Map(ranked.map((id, i) => [id, i]));
    // Pagefind's `date` sort key (the minute, then the id), kept as metadata; the day without it.
    const date = (id: string) => byId.get(id)!.meta['order'] ?? docs.get(id)!.date ?? '';
    ranked = [...ranked].sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : place.get(a)! - place.get(b)!));
  }
  const kept = ranked.map((id) => byId.get(id)!);
  const outcome: Outcome = {
    terms,
    words,
    marks: marksOf(terms, synonyms),
    partial: ranked.length > 0 ? async () => [] : partial,
    loaded,
    total: ranked.length,
    facets: async () =>
      mergeFacetCounts(
        {},
        kept.map((d) => d.filters),
      ),
    page: async (n) => kept.slice(0, n),
  };
  return { outcome, needsScores: needsScores(terms, kept) };
}
