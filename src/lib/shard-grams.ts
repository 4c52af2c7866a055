/**
 * Which search shards can hold a query at all. On a large site the complete answer must search
 * every year's shard, and each costs its Pagefind metadata (~23 KB at 1,000 articles) plus its
 * chunk of every word of the query, though a name or a compound query is usually in one or two.
 *
 * So the build writes a directory of the pairs of adjacent characters (bigrams) of every indexed
 * article's title and text, as the search page matches them (`textToMatchable`), each with the
 * shards that hold it: `/pagefind/grams/<bucket>.json`, `{"东川":"0c1", …}`, the bigrams split
 * into buckets by a hash so that a query fetches a few small files. An article can match a term
 * only if some cut of the term into pieces (`termToCut`, the same rules) has every bigram of every
 * piece, or of a register form of it, in the article; a shard only if that holds for the shard's
 * bigrams. Shards where no cut holds are not searched: they cannot change the answer.
 *
 * Pure: no DOM, no fetch.
 */
import type { SynonymIndex } from './search-synonyms.ts';
import { termToAtoms, canBePiece } from './search-pieces.ts';

/** About this many bigrams per bucket file (~1 KB gzip): the build picks the bucket count from it. */
export const GRAMS_PER_BUCKET = 128;

/** The bigrams of matchable text, by code point (an astral character is one character). */
export function textToGrams(matchable: string, into: Set<string> = new Set()): Set<string> {
  const chars = Array.from(matchable);
  for (let i = 0; i + 1 < chars.length; i++) into.add(chars[i]! + chars[i + 1]!);
  return into;
}

/** The number of buckets for `grams` distinct bigrams: a power of two. */
export function bucketCount(grams: number): number {
  let n = 1;
  while (n * GRAMS_PER_BUCKET < grams) n *= 2;
  return n;
}

/** The bucket of a bigram: FNV-1a over its UTF-16 code units, modulo the bucket count. */
export function gramBucket(gram: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % buckets;
}

/** A set of shard positions (0 = newest, as in shards.json) as hex: digit k holds shards 4k … 4k+3. */
export function shardsToMask(positions: Iterable<number>, shards: number): string {
  const digits = new Array<number>(Math.ceil(shards / 4)).fill(0);
  for (const p of positions) digits[p >> 2]! |= 1 << (p & 3);
  return digits.map((d) => d.toString(16)).join('');
}

/** The shard positions of a mask written by `shardsToMask`. */
export function maskToShards(mask: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < mask.length; k++) {
    const d = parseInt(mask[k]!, 16);
    for (let b = 0; b < 4; b++) if (d & (1 << b)) out.push(k * 4 + b);
  }
  return out;
}

/** Shard sets as bit arrays over the shard positions. */
type Bits = boolean[];
const all = (n: number): Bits => new Array<boolean>(n).fill(true);
const and = (a: Bits, b: Bits): Bits => a.map((x, i) => x && b[i]!);
const or = (a: Bits, b: Bits): Bits => a.map((x, i) => x || b[i]!);

/**
 * The bigrams whose shards a query needs (see `termsToShards`): of every possible piece of every
 * term, and of the register forms of the pieces.
 */
export function termsToGrams(terms: readonly string[], synonyms?: SynonymIndex): string[] {
  const grams = new Set<string>();
  for (const term of terms) {
    textToGrams(term, grams);
    for (const piece of termToPieceCandidates(term))
      for (const parts of synonyms?.get(piece) ?? []) for (const p of parts) textToGrams(p, grams);
  }
  return [...grams];
}

/** Every substring of atoms of `term` that may be a piece of a cut (see `termToCut`). */
function termToPieceCandidates(term: string): string[] {
  const atoms = termToAtoms(term);
  const offsets = [0];
  for (const a of atoms) offsets.push(offsets.at(-1)! + a.length);
  const pieces: string[] = [];
  for (let j = 0; j < atoms.length; j++)
    for (let i = j + 1; i <= atoms.length; i++) {
      const piece = term.slice(offsets[j], offsets[i]);
      if (canBePiece(piece, i - j === atoms.length)) pieces.push(piece);
    }
  return pieces;
}

/**
 * The shard positions that can hold every term (sorted), given each bigram's shards
 * (`shardsOf`; a bigram no shard holds gives none), or undefined when the directory cannot tell:
 * a term with punctuation or symbols (Pagefind's phrase search keeps a hit whose text differs only
 * in punctuation, 〔〕 against （）), so every shard must be searched.
 */
export function termsToShards(
  terms: readonly string[],
  shards: number,
  shardsOf: (gram: string) => readonly number[],
  synonyms?: SynonymIndex,
): number[] | undefined {
  if (terms.some((t) => /[^\p{L}\p{N}]/u.test(t))) return undefined;
  const cache = new Map<string, Bits>();
  const gramBits = (gram: string): Bits => {
    let bits = cache.get(gram);
    if (!bits) {
      bits = new Array<boolean>(shards).fill(false);
      for (const p of shardsOf(gram)) if (p < shards) bits[p] = true;
      cache.set(gram, bits);
    }
    return bits;
  };
  // The shards whose bigrams include all of `s`'s: every shard for a single character.
  const textBits = (s: string): Bits => [...textToGrams(s)].reduce((acc, g) => and(acc, gramBits(g)), all(shards));
  let result = all(shards);
  for (const term of terms) {
    const atoms = termToAtoms(term);
    const n = atoms.length;
    const offsets = [0];
    for (const a of atoms) offsets.push(offsets.at(-1)! + a.length);
    // reach[i]: the shards where the first i atoms can be cut into pieces they hold.
    const reach: (Bits | undefined)[] = [all(shards)];
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j < i; j++) {
        const from = reach[j];
        if (!from) continue;
        const piece = term.slice(offsets[j], offsets[i]);
        if (!canBePiece(piece, i - j === n)) continue;
        let bits = textBits(piece);
        for (const parts of synonyms?.get(piece) ?? [])
          bits = or(
            bits,
            parts.reduce((acc, p) => and(acc, textBits(p)), all(shards)),
          );
        const here = and(from, bits);
        reach[i] = reach[i] ? or(reach[i]!, here) : here;
      }
    }
    result = and(result, reach[n] ?? new Array<boolean>(shards).fill(false));
  }
  return result.flatMap((x, i) => (x ? [i] : []));
}

/**
 * For pages that can hold every term (`termsToShards` over pages), the key of the best cut each
 * holds by its pairs alone: the fewest pieces, then the fewest not in the title (`inTitle`), summed
 * over the terms; the first two keys `rankResults` orders pieces by, without the texts. A piece is
 * held when its pairs are all in the page (`inPage`), or those of every part of a register form
 * of it. Undefined for a page that holds no cut of some term.
 */
export function termsToCutKeys(
  terms: readonly string[],
  pages: readonly number[],
  inPage: (gram: string, page: number) => boolean,
  inTitle: (gram: string, page: number) => boolean,
  synonyms?: SynonymIndex,
): Map<number, { pieces: number; outside: number } | undefined> {
  const holds = (text: string, page: number, has: (gram: string, page: number) => boolean) =>
    [...textToGrams(text)].every((g) => has(g, page));
  const held = (piece: string, page: number, has: (gram: string, page: number) => boolean) =>
    holds(piece, page, has) || (synonyms?.get(piece) ?? []).some((parts) => parts.every((p) => holds(p, page, has)));
  const keys = new Map<number, { pieces: number; outside: number } | undefined>();
  for (const page of pages) {
    let key: { pieces: number; outside: number } | undefined = { pieces: 0, outside: 0 };
    for (const term of terms) {
      const atoms = termToAtoms(term);
      const offsets = [0];
      for (const a of atoms) offsets.push(offsets.at(-1)! + a.length);
      // best[i]: the best key of a cut of the first i atoms into pieces the page holds.
      const best: ({ pieces: number; outside: number } | undefined)[] = [{ pieces: 0, outside: 0 }];
      for (let i = 1; i <= atoms.length; i++)
        for (let j = 0; j < i; j++) {
          const from = best[j];
          const piece = term.slice(offsets[j], offsets[i]);
          if (!from || !canBePiece(piece, i - j === atoms.length) || !held(piece, page, inPage)) continue;
          const here = { pieces: from.pieces + 1, outside: from.outside + (held(piece, page, inTitle) ? 0 : 1) };
          const b = best[i];
          if (!b || here.pieces < b.pieces || (here.pieces === b.pieces && here.outside < b.outside)) best[i] = here;
        }
      const cut = best[atoms.length];
      key = key && cut ? { pieces: key.pieces + cut.pieces, outside: key.outside + cut.outside } : undefined;
    }
    keys.set(page, key);
  }
  return keys;
}
