/**
 * The complete answer on a sharded site from the page postings (src/lib/page-postings.ts): loaded
 * by the search page only when older shards can hold a query, so that the page script stays small.
 */
import { pageToShard } from '../../lib/page-postings.ts';
import { queryToTerms } from '../../lib/search-query.ts';
import { docToMatch, rankResults, type LoadedDoc } from '../../lib/search-rank.ts';
import { mergeFacetCounts, stateToPagefindFilters, type SearchState } from '../../lib/search-state.ts';
import type { SynonymIndex } from '../../lib/search-synonyms.ts';
import { termToWords } from '../../lib/search-pieces.ts';
import { termsToCutKeys, textToGrams } from '../../lib/shard-grams.ts';
import { literalTier, marksOf, needsScores, runSearch, type Outcome } from './engine.ts';
import type { ShardManifest } from './grams.ts';
import type { PagefindData, SearchIndex } from './pagefind.ts';
import { numbersToPages, readFragment, readPostingLists, type PostingLists, type PostingPage } from './postings.ts';

/**
 * At most this many articles (~2.5 KB gzip each) are loaded for a complete answer from the pages
 * the postings name; when more can hold the query, it is answered from the postings' order
 * (`fromLists`). The site's own figure is in shards.json (`ZHUANZAI_SEARCH_POSTING_CAP`, the same
 * default: scripts/lib/search-index/records.ts).
 */
export const POSTING_CAP = 40;

/**
 * The complete answer from the page postings, reusing what the first answer loaded. When at most
 * `cap` pages can hold the query, from those pages, loaded and ranked (`rankPages`); undefined
 * when two of them hold the whole query in one tier (their order needs Pagefind's scores), or
 * `scored` says the first answer showed two already. When more can, `fromLists`. Undefined, too,
 * when the postings cannot tell. A Traditional-looking query that finds nothing converted is tried
 * as typed, as `searchMerged` does (main.ts).
 */
export async function fromPostings(
  manifest: ShardManifest,
  base: string,
  state: SearchState,
  simplified: string,
  synonyms: SynonymIndex,
  { scored = false, cap = POSTING_CAP, known, partial, index }: FromPostingsOptions = {},
): Promise<{ query: string; outcome: Outcome } | undefined> {
  for (const query of [...new Set([simplified, state.q])]) {
    const lists = await readPostingLists(manifest, base, queryToTerms(query), synonyms);
    if (!lists) return undefined;
    if (lists.numbers.length > cap) {
      const outcome = await fromLists(manifest, base, state, query, lists, { synonyms, known, cap, index });
      return outcome ? { query, outcome } : undefined;
    }
    if (scored) return undefined;
    const pages = await numbersToPages(manifest, base, lists.numbers);
    const ranked = await rankPages(state, query, pages, { synonyms, known, partial });
    if (ranked.needsScores) return undefined;
    if (ranked.outcome.total > 0 || query === state.q) return { query, outcome: ranked.outcome };
  }
  return undefined;
}

export interface FromPostingsOptions extends PageOptions {
  /** The first answer already showed two whole-query matches in one tier: a few pages need Pagefind's scores. */
  scored?: boolean | undefined;
  /** `ZHUANZAI_SEARCH_POSTING_CAP` of the site (shards.json). */
  cap?: number | undefined;
  /** The Pagefind index, loaded when facet counts of a word on many pages are asked for. */
  index?: (() => Promise<SearchIndex>) | undefined;
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
 * The complete answer when more than `cap` pages can hold the query (a word on most pages, or a
 * compound query whose pieces are each on many): from the page postings, without Pagefind's
 * scores. The pages that hold every pair of every term can hold the query whole: those whose
 * titles hold them all come first, then the others, each newest first (pages are numbered newest
 * first, src/lib/page-postings.ts). Then the pages that can hold only pieces or register forms:
 * at most `cap` are all loaded and ranked as `rankResults` ranks them; more are ordered by the key
 * of the best cut their pairs allow (`termsToCutKeys`: fewest pieces, then fewest outside the
 * title), then newest, since how close the pieces sit needs every text. Sorted by date, all of
 * them newest first. Each page is checked when it is loaded, in that order, as far as the reader
 * pages: a title with every pair but not the query moves among the text matches, a page that
 * holds the pairs but not the query moves among the pieces (or out), and the count follows; up to
 * twice `cap` pages all are checked after the first page (`Outcome.settle`), so that the count is
 * exact. Facet counts, on demand, come from Pagefind (`index`, loaded then). With a filter:
 * undefined, and the caller searches the shards.
 */
export async function fromLists(
  manifest: ShardManifest,
  base: string,
  state: SearchState,
  query: string,
  lists: PostingLists,
  { synonyms, known, cap = POSTING_CAP, index }: Omit<FromPostingsOptions, 'scored' | 'partial'> = {},
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
  const byDate = state.sort === 'date';
  // Many pages with pieces only: checked as they are shown, in the order of their cuts' keys.
  const lazyRest = !byDate && rest.length > cap;
  const sets = new Map<string, { pages: Set<number>; titles: Set<number> }>();
  const setOf = (g: string) => {
    let set = sets.get(g);
    if (!set) sets.set(g, (set = { pages: new Set(lists.grams.get(g)?.pages), titles: new Set(lists.grams.get(g)?.titles) }));
    return set;
  };
  const keys = lazyRest
    ? termsToCutKeys(
        terms,
        lists.numbers,
        (g, n) => setOf(g).pages.has(n),
        (g, n) => setOf(g).titles.has(n),
        synonyms,
      )
    : new Map<number, { pieces: number; outside: number } | undefined>();
  const rank = (n: number) => {
    const k = keys.get(n);
    return k ? [k.pieces, k.outside, n] : [Number.POSITIVE_INFINITY, 0, n];
  };
  const byKey = (a: number, b: number) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  };

  const loaded = new Map<string, Promise<PagefindData>>(known ?? []);
  const load = async (numbers: readonly number[]) => {
    const pages = await numbersToPages(manifest, base, numbers);
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
  // The pages still to check, in the order they are shown: by date, all of them; else title
  // matches, text matches, and (when many) pieces.
  const queues: number[][] = byDate
    ? [[...lists.numbers]]
    : [whole.filter((n) => titled.has(n)), whole.filter((n) => !titled.has(n)), lazyRest ? [...rest].sort(byKey) : []];
  // The pages checked so far that hold the query, by queue; and the few with pieces, all loaded.
  const tiers: Kept[][] = queues.map(() => []);
  const pieces: Kept[] = [];
  if (!byDate && !lazyRest) {
    const data = await load(rest);
    rest.forEach((n, i) => pieces.push({ n, d: data[i]! }));
  }
  const holds = (d: PagefindData) => docToMatch(terms, { title: d.meta['title'] ?? '', content: d.content }, synonyms) !== undefined;
  const checkNow = async (count: number) => {
    for (const [q, queue] of queues.entries())
      while (queue.length > 0 && ordered().length < count) {
        const batch = queue.splice(0, Math.max(count - ordered().length, 1));
        const data = await load(batch);
        batch.forEach((n, i) => {
          const d = data[i]!;
          const tier = literalTier(terms, d);
          if (byDate || q === 2) {
            if (tier !== undefined || holds(d)) tiers[q]!.push({ n, d });
          } else if (tier === undefined) {
            // Every pair but not the query whole: among the pieces, if it holds them.
            if (!lazyRest) pieces.push({ n, d });
            else if (holds(d)) queues[2]!.splice(sortedIndex(queues[2]!, n, byKey), 0, n);
          }
          // A title with every pair but not the query: a text match, in its place among those not checked yet.
          else if (q === 0 && tier === 1) queues[1]!.splice(sortedIndex(queues[1]!, n), 0, n);
          // Pages are checked in queue order, so each tier stays in it.
          else tiers[q]!.push({ n, d });
        });
      }
  };
  // One check at a time: two pages asked for at once (加载更多 while the rest is settled) must not
  // check batches side by side, or a later batch could be placed first.
  let checking: Promise<void> = Promise.resolve();
  const check = (count: number) => (checking = checking.catch(() => undefined).then(() => checkNow(count)));
  // The few pages with pieces, ranked as `rankResults` ranks them (pages that hold nothing are dropped).
  let ranked: Kept[] = [];
  let rankedFrom = -1;
  const third = () => {
    if (rankedFrom !== pieces.length) {
      const docs = new Map<string, LoadedDoc>();
      const byId = new Map<string, Kept>();
      for (const k of pieces) {
        const id = String(k.n);
        docs.set(id, { id, url: k.d.url, title: k.d.meta['title'] ?? '', content: k.d.content, date: k.d.meta['date'] ?? '' });
        byId.set(id, k);
      }
      const ids = [...docs.keys()].sort((a, b) => Number(a) - Number(b));
      ranked = rankResults({ terms, phrase: [], loose: [], candidates: ids, docs, synonyms }).map((id) => byId.get(id)!);
      rankedFrom = pieces.length;
    }
    return ranked;
  };
  function ordered(): Kept[] {
    if (byDate) return tiers[0]!;
    const wholeDone = queues[0]!.length === 0 && queues[1]!.length === 0;
    return [...tiers[0]!, ...tiers[1]!, ...(wholeDone ? (lazyRest ? tiers[2]! : third()) : [])];
  }
  // Up to twice the cap (80 pages, ~200 KB) all are checked once the first page is shown (`settle`),
  // so that the count is exact: a name of three characters has many more pages with both its pairs
  // than with it (东川市: 71, 46).
  const settle = queues.reduce((a, q) => a + q.length, 0) <= 2 * cap ? () => check(Number.POSITIVE_INFINITY) : undefined;
  const shardPages = manifest.shards.map((s) => s.pages);
  const shards = [...new Set(lists.numbers.map((n) => pageToShard(n, shardPages)!.shard))].map((i) => manifest.shards[i]!.id);
  let facets: Promise<Awaited<ReturnType<Outcome['facets']>>> | undefined;
  return {
    terms,
    words: terms.flatMap(termToWords),
    marks: marksOf(terms, synonyms),
    partial: async () => [],
    loaded,
    get total() {
      const unchecked = queues.reduce((a, q) => a + q.length, 0);
      return tiers.reduce((a, t) => a + t.length, 0) + unchecked + (byDate || lazyRest ? 0 : third().length);
    },
    // A term of two characters is its one pair: a page with the pair holds it. A longer one may
    // have all its pairs apart (东川 … 四川市场), and pieces may be apart in other ways, so pages
    // not checked yet may not count.
    ...(settle ? { settle } : {}),
    get approximate() {
      const exactPairs = terms.every((t) => [...t].length === 2);
      return queues.some((q, i) => q.length > 0 && (i === 2 || !exactPairs || (byDate && rest.length > 0)));
    },
    // The counts of every match need every shard's filters: searched there, when asked for.
    facets: () =>
      (facets ??= (async () => {
        if (!index) return {};
        const pf = await index();
        await pf.mergeShards(shards);
        return (await runSearch(pf.pf, state, query, { shards: pf.searched(), synonyms })).facets();
      })()),
    page: async (n) => {
      await check(n);
      return ordered()
        .slice(0, n)
        .map((k) => k.d);
    },
  };
}

/** Where `n` goes in a list sorted by `order` (numbers by default). */
function sortedIndex(list: readonly number[], n: number, order: (a: number, b: number) => number = (a, b) => a - b): number {
  const at = list.findIndex((m) => order(m, n) > 0);
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
