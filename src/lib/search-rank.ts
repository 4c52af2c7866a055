/**
 * Ranking for Chinese queries on top of Pagefind. Pagefind 1.6 segments pages with jieba at
 * index time and queries with Intl.Segmenter at query time; when they disagree
 * (https://github.com/Pagefind/pagefind/issues/1237) an exact-phrase search misses pages, and
 * the loose search ranks a rare name far down. So the page runs both searches and this module
 * merges them:
 *
 * 1. Candidates: the first `window` results of the phrase search, then of the loose search
 *    re-ordered by adjacency: a page whose matched words sit next to each other (a run as long
 *    as the query's segments) probably holds the whole string, wherever BM25 put it.
 * 2. A candidate is kept only if its title or text contains every query term literally; this
 *    also removes the loose search's partial matches (版权所有 → pages with 版权 … 所有).
 * 3. Order: title contains the query, then body contains it; inside a tier, phrase rank before
 *    loose rank, and of equal scores the newer first. Phrase results beyond the window follow
 *    in Pagefind's order (Pagefind already checked them as a phrase). Duplicates (same URL) are
 *    removed.
 * 4. A candidate that does not hold a term whole is kept when the term can be cut into pieces
 *    that each occur in its title or text, or that the synonym register maps to a form that does
 *    (src/lib/search-pieces.ts). These come after the whole-term matches: fewer pieces first,
 *    then more pieces in the title, then pieces closer together, then newer.
 *
 * Pagefind orders equal scores by the order it read the pages in, which its command line takes
 * from the file system: `byScore` puts them in the order of their ids (fragment hashes) first,
 * so the same query gives the same list on every machine and from one index or from shards.
 */
import { closestWindow, termToCut, type Cut } from './search-pieces.ts';
import { containsAllTerms, textToMatchable } from './search-query.ts';
import type { SynonymIndex } from './search-synonyms.ts';

export interface LoadedDoc {
  id: string;
  url: string;
  title: string;
  content: string;
  /** `YYYY-MM-DD`, for equal scores. */
  date?: string;
}

/** Results by score, best first, equal scores by id: an order that does not depend on the order Pagefind read the pages in. */
export function byScore<T extends { id: string; score: number }>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface RankInput {
  terms: readonly string[];
  /** Result ids of the exact-phrase search, in Pagefind's order. */
  phrase: readonly string[];
  /** Result ids of the loose search, in Pagefind's order. */
  loose: readonly string[];
  /** Scores of the phrase and loose results (a page in both: its phrase score); without, ranks alone decide. */
  scores?: { phrase: ReadonlyMap<string, number>; loose: ReadonlyMap<string, number> };
  /** The ids that were loaded, in the order to consider them (see `candidateIds`). */
  candidates: readonly string[];
  /** Loaded data of the candidates. */
  docs: ReadonlyMap<string, LoadedDoc>;
  /** Equivalent forms of pieces; none by default. */
  synonyms?: SynonymIndex | undefined;
}

/** How a kept article holds the query: each term's cut (one piece when it holds the term whole). */
export interface DocMatch {
  cuts: Cut[];
}

type DocText = Pick<LoadedDoc, 'title' | 'content'>;
const matchableTexts = new WeakMap<DocText, { title: string; text: string }>();

/**
 * A document's title and text as matchable text, computed once per document: the page ranks the
 * same loaded documents again at each widening step.
 */
function matchableOf(doc: DocText): { title: string; text: string } {
  let m = matchableTexts.get(doc);
  if (!m) {
    m = { title: textToMatchable(doc.title), text: textToMatchable(doc.content) };
    matchableTexts.set(doc, m);
  }
  return m;
}

/** Each term's cut into pieces found in the article, or undefined when a term has none. */
export function docToMatch(terms: readonly string[], doc: DocText, synonyms?: SynonymIndex): DocMatch | undefined {
  const { title, text } = matchableOf(doc);
  const cuts: Cut[] = [];
  for (const term of terms) {
    const cut = termToCut(term, title, text, synonyms);
    if (!cut) return undefined;
    cuts.push(cut);
  }
  return { cuts };
}

/** The forms to highlight: one group per piece, of the parts found (a part of several is a group of its own). */
export function matchToMarks(match: DocMatch): string[][] {
  return match.cuts.flatMap((cut) => cut.found.map((parts) => [...parts]));
}

/** Sorting key of a compound match: pieces, pieces not in the title, and how far apart (in doubling steps). */
function compoundKey(match: DocMatch, doc: LoadedDoc): { pieces: number; outside: number; spread: number } {
  const { title, text } = matchableOf(doc);
  const groups = matchToMarks(match);
  const outside = groups.filter((g) => !g.every((part) => title.includes(part))).length;
  const window = closestWindow(text, groups);
  return {
    pieces: groups.length,
    outside,
    spread: window ? Math.ceil(Math.log2(1 + window[1] - window[0])) : 99,
  };
}

/** Length of the longest run of consecutive word positions: 3 for [4, 9, 10, 11, 20]. */
export function longestRun(positions: readonly number[]): number {
  let best = 0;
  let run = 0;
  let prev = Number.NaN;
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    run = p === prev + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    prev = p;
  }
  return best;
}

/** Loose results by their longest run of adjacent matched words, keeping Pagefind's order on ties. */
export function orderByAdjacency(results: readonly { id: string; words: readonly number[] }[]): string[] {
  return results
    .map((r, i) => ({ id: r.id, run: longestRun(r.words), i }))
    .sort((a, b) => b.run - a.run || a.i - b.i)
    .map((r) => r.id);
}

/** The ids whose data must be loaded before ranking: at most `window` from each list, in list order. */
export function candidateIds(lists: readonly (readonly string[])[], window: number): string[] {
  return [...new Set(lists.flatMap((ids) => ids.slice(0, window)))];
}

/** Ordered result ids: verified candidates by tier, then the unloaded rest of the phrase search. */
export function rankResults({ terms, phrase, loose, scores, candidates, docs, synonyms }: RankInput): string[] {
  const phraseRank = new Map(phrase.map((id, i) => [id, i]));
  const looseRank = new Map(loose.map((id, i) => [id, i]));
  const scored: {
    id: string;
    tier: number;
    rank: number;
    list: number;
    score: number;
    date: string;
    pieces: number;
    outside: number;
    spread: number;
  }[] = [];
  const seenUrls = new Set<string>();
  for (const id of candidates) {
    const doc = docs.get(id);
    if (!doc || seenUrls.has(doc.url)) continue;
    const matchable = matchableOf(doc);
    const inTitle = containsAllTerms(matchable.title, terms);
    const inBody = inTitle || containsAllTerms(matchable.text, terms);
    const fromPhrase = phraseRank.get(id);
    // A phrase hit whose text differs only in punctuation (〔〕 vs （）) is still a phrase hit.
    let tier = inTitle ? 0 : inBody ? 1 : fromPhrase !== undefined ? 2 : -1;
    let key = { pieces: 0, outside: 0, spread: 0 };
    if (tier < 0) {
      const match = docToMatch(terms, doc, synonyms);
      if (!match) continue;
      tier = 3;
      key = compoundKey(match, doc);
    }
    seenUrls.add(doc.url);
    const rank = fromPhrase ?? phrase.length + (looseRank.get(id) ?? loose.length);
    const list = fromPhrase !== undefined ? 0 : looseRank.has(id) ? 1 : 2;
    const score = (list === 0 ? scores?.phrase.get(id) : list === 1 ? scores?.loose.get(id) : undefined) ?? 0;
    scored.push({ id, tier, rank, list, score, date: doc.date ?? '', ...key });
  }
  // Without scores every score is 0 and the ranks decide; with them, equal scores go newest first.
  const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  scored.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.pieces - b.pieces ||
      a.outside - b.outside ||
      a.spread - b.spread ||
      (a.tier === 3 ? byDate(a, b) : 0) ||
      a.list - b.list ||
      b.score - a.score ||
      byDate(a, b) ||
      a.rank - b.rank,
  );
  const ranked = scored.map((s) => s.id);
  const placed = new Set(ranked);
  for (const id of phrase) if (!placed.has(id) && !docs.has(id)) ranked.push(id);
  return ranked;
}

/**
 * Merges two newest-first streams: `sorted` (ids in Pagefind's date order) and `extras` (with
 * known dates). Stops at the first id of `sorted` whose date is not loaded yet, so the caller
 * loads more and merges again; `complete` tells whether the whole list was placed.
 */
export function mergeByDate(
  sorted: readonly string[],
  extras: readonly { id: string; date: string }[],
  dates: ReadonlyMap<string, string>,
): { ids: string[]; complete: boolean } {
  const extra = [...extras].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const skip = new Set(extra.map((e) => e.id));
  const ids: string[] = [];
  let e = 0;
  for (const id of sorted) {
    if (skip.has(id)) continue;
    const date = dates.get(id);
    if (date === undefined) return { ids, complete: false };
    while (e < extra.length && extra[e]!.date > date) ids.push(extra[e++]!.id);
    ids.push(id);
  }
  while (e < extra.length) ids.push(extra[e++]!.id);
  return { ids, complete: true };
}
