/**
 * The complete answer on a sharded site from the page postings (src/lib/page-postings.ts): loaded
 * by the search page only when older shards can hold a query, so that the page script stays small.
 */
import { pageToShard } from '../../lib/page-postings.ts';
import { queryToTerms } from '../../lib/search-query.ts';
import { rankResults, type LoadedDoc } from '../../lib/search-rank.ts';
import { mergeFacetCounts, stateToPagefindFilters, type SearchState } from '../../lib/search-state.ts';
import type { SynonymIndex } from '../../lib/search-synonyms.ts';
import { termToWords } from '../../lib/search-pieces.ts';
import { textToGrams } from '../../lib/shard-grams.ts';
import { literalTier, marksOf, needsScores, runSearch, type Outcome } from './engine.ts';
import type { PagefindData, SearchIndex } from './pagefind.ts';
import { numbersToPages, readFragment, readPostingLists, type PostingLists, type PostingPage } from './postings.ts';

/**
 * At most this many articles (~2.5 KB gzip each) are loaded for a complete answer from the pages
 * the postings name; when more can hold the query, it is answered from the postings' order
 * (`fromLists`). The site's own figure is in shards.json (`ZHUANZAI_SEARCH_POSTING_CAP`, the same
 * default: scripts/lib/search-index/records.ts).
 */
export const POSTING_CAP = 60;

/**
 * The complete answer from the page postings, reusing what the first answer loaded. When at most
 * `cap` pages can hold the query, from those pages, loaded and ranked (`rankPages`); undefined
 * when two of them hold the whole query in one tier (their order needs Pagefind's scores), or
 * `scored` says the first answer showed two already. When more can, `fromLists`. Undefined, too,
 * when the postings cannot tell. A Traditional-looking query that finds nothing converted is tried
 * as typed, as `searchMerged` does (main.ts).
 */
export async function fromPostings(
  index: SearchIndex,
  base: string,
  state: SearchState,
  simplified: string,
  first: Outcome,
  synonyms: SynonymIndex,
  { scored = false, cap = POSTING_CAP }: { scored?: boolean; cap?: number | undefined } = {},
): Promise<{ query: string; outcome: Outcome } | undefined> {
  for (const query of [...new Set([simplified, state.q])]) {
    const lists = await readPostingLists(index.manifest, base, queryToTerms(query), synonyms);
    if (!lists) return undefined;
    if (lists.numbers.length > cap) {
      const outcome = await fromLists(index, base, state, query, lists, { synonyms, known: first.loaded, cap });
      return outcome ? { query, outcome } : undefined;
    }
    if (scored) return undefined;
    const pages = await numbersToPages(index.manifest, base, lists.numbers);
    const ranked = await rankPages(state, query, pages, { synonyms, known: first.loaded, partial: first.partial });
    if (ranked.needsScores) return undefined;
    if (ranked.outcome.total > 0 || query === state.q) return { query, outcome: ranked.outcome };
  }
  return undefined;
}

/** The numbers in both sorted lists. */
function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const n of a) {
    while (j < b.length && b[j]! < n) j++;
    if (j === b.length) break;
    if (b[j] === n) out.push(n);
  }
  return out;
}

/**
 * The complete answer when more than `cap` pages can hold the query (a word on most pages):
 * from the page postings, without Pagefind's scores. The pages that hold every bigram of every
 * term are those that can hold the query whole; whose titles hold them all come first, then the
 * rest, each newest first (pages are numbered newest first, src/lib/page-postings.ts); then the
 * pages that hold only pieces or register forms (at most `cap`, all loaded and ranked as
 * `rankResults` ranks them), else undefined and the caller searches the shards. Sorted by date,
 * all of them newest first. Each page is checked literally when it is loaded, in that order, as
 * far as the reader pages; a page that turns out not to hold the query whole moves to its tier
 * or out, and the count follows (exact from the start up to twice `cap` pages, all loaded then).
 * Facet counts, on demand, come from the shards. Filters other than the year: undefined.
 */
export async function fromLists(
  index: SearchIndex,
  base: string,
  state: SearchState,
  query: string,
  lists: PostingLists,
  { synonyms, known, cap = POSTING_CAP }: PageOptions & { cap?: number | undefined },
): Promise<Outcome | undefined> {
  const terms = queryToTerms(query);
  if (Object.keys(state.filters).length > 0) return undefined;
  const termGrams = terms.map((t) => [...textToGrams(t)]);
  if (termGrams.some((g) => g.length === 0)) return undefined;
  const grams = termGrams.flat();
  const all = (key: 'pages' | 'titles') => grams.map((g) => lists.grams.get(g)?.[key] ?? []).reduce(intersectSorted);
  const whole = intersectSorted(all('pages'), lists.numbers);
  const titled = new Set(all('titles'));
  const wholeSet = new Set(whole);
  const rest = lists.numbers.filter((n) => !wholeSet.has(n));
  if (rest.length > cap) return undefined;

  const loaded = new Map<string, Promise<PagefindData>>(known ?? []);
  const load = async (numbers: readonly number[]) => {
    const pages = await numbersToPages(index.manifest, base, numbers);
    return Promise.all(
      pages.map((p) => {
        let d = loaded.get(p.id);
        if (!d) loaded.set(p.id, (d = readFragment(p)));
        return d;
      }),
    );
  };
  interface Kept {
    n: number;
    d: PagefindData;
  }
  const byNumber = (a: Kept, b: Kept) => a.n - b.n;
  // The pages checked so far that hold the query whole: by queue (title, then text; or one, by date); and the others.
  const tiers: [Kept[], Kept[]] = [[], []];
  const others: Kept[] = [];
  const restData = await load(rest);
  rest.forEach((n, i) => others.push({ n, d: restData[i]! }));
  // The pages still to check, in the order they are shown: by date, or the title ones first.
  const queues: number[][] = state.sort === 'date' ? [whole] : [whole.filter((n) => titled.has(n)), whole.filter((n) => !titled.has(n))];
  const check = async (count: number) => {
    for (const [q, queue] of queues.entries())
      while (queue.length > 0 && ordered().length < count) {
        const batch = queue.splice(0, Math.max(count - ordered().length, 1));
        const data = await load(batch);
        batch.forEach((n, i) => {
          const d = data[i]!;
          const tier = literalTier(terms, d);
          if (tier === undefined) others.push({ n, d });
          // A title that holds every bigram but not the query: a text match, in its place among those not checked yet.
          else if (q === 0 && tier === 1 && queues.length === 2) queues[1]!.splice(sortedIndex(queues[1]!, n), 0, n);
          // Pages are checked in number order, so each tier stays in it.
          else tiers[q]!.push({ n, d });
        });
      }
  };
  // Pieces and register forms, ranked as `rankResults` ranks them (pages that hold nothing are dropped).
  let ranked3: Kept[] = [];
  let rankedFrom = -1;
  const third = () => {
    if (rankedFrom !== others.length) {
      const docs = new Map<string, LoadedDoc>();
      const byId = new Map<string, Kept>();
      for (const k of others) {
        const id = String(k.n);
        docs.set(id, { id, url: k.d.url, title: k.d.meta['title'] ?? '', content: k.d.content, date: k.d.meta['date'] ?? '' });
        byId.set(id, k);
      }
      const ids = [...docs.keys()].sort((a, b) => Number(a) - Number(b));
      ranked3 = rankResults({ terms, phrase: [], loose: [], candidates: ids, docs, synonyms }).map((id) => byId.get(id)!);
      rankedFrom = others.length;
    }
    return ranked3;
  };
  // In date order the pieces' pages are merged in by number, up to the first page not checked yet.
  const ordered = (): Kept[] => {
    if (queues.length === 2) return [...tiers[0], ...tiers[1], ...(queues.every((q) => q.length === 0) ? third() : [])];
    const next = queues[0]![0] ?? Number.POSITIVE_INFINITY;
    return [...tiers[0], ...third()].sort(byNumber).filter((k) => k.n < next);
  };
  // Up to twice the cap (120 pages, ~300 KB) all are checked at once, so that the count is exact:
  // a name of three characters has many more pages with both its pairs than with it (东川市: 71, 40).
  if (whole.length <= 2 * cap) await check(Number.POSITIVE_INFINITY);
  const shards = [
    ...new Set(
      lists.numbers.map(
        (n) =>
          pageToShard(
            n,
            index.manifest.shards.map((s) => s.pages),
          )!.shard,
      ),
    ),
  ].map((i) => index.manifest.shards[i]!.id);
  let facets: Promise<Awaited<ReturnType<Outcome['facets']>>> | undefined;
  return {
    terms,
    words: terms.flatMap(termToWords),
    marks: marksOf(terms, synonyms),
    partial: async () => [],
    loaded,
    get total() {
      return tiers[0].length + tiers[1].length + queues.reduce((a, q) => a + q.length, 0) + third().length;
    },
    // A term of two characters is its one pair: a page with the pair holds it. A longer one may
    // have all its pairs apart (东川 … 四川市场), so pages not checked yet may not count.
    get approximate() {
      return queues.some((q) => q.length > 0) && terms.some((t) => [...t].length > 2);
    },
    // The counts of every match need every shard's filters: searched there, when asked for.
    facets: () =>
      (facets ??= (async () => {
        await index.mergeShards(shards);
        return (await runSearch(index.pf, state, query, { shards: index.searched(), synonyms })).facets();
      })()),
    page: async (n) => {
      await check(n);
      return ordered()
        .slice(0, n)
        .map((k) => k.d);
    },
  };
}

/** Where `n` goes in a sorted list. */
function sortedIndex(list: readonly number[], n: number): number {
  const at = list.findIndex((m) => m > n);
  return at < 0 ? list.length : at;
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
