import { gramBucket, maskToShards, termsToGrams, termsToShards, textToGrams } from '../../lib/shard-grams.ts';
import type { SynonymIndex } from '../../lib/search-synonyms.ts';

/** `/pagefind/shards.json`, written by the build (scripts/lib/search-index/indexer.ts). */
export interface ShardManifest {
  /** Newest first; an id is `all`, a year (`2024`) or part of a year from its first month (`2024-07`). */
  shards: { id: string; bundlePath: string; pages: number }[];
  /** The bucket count of the bigram directory `pagefind/grams/` (src/lib/shard-grams.ts). */
  grams?: { buckets: number };
  /**
   * The bucket count of the page postings `pagefind/postings/` (src/lib/page-postings.ts), and how
   * many pages the search page loads at most for an answer from them (`ZHUANZAI_SEARCH_POSTING_CAP`).
   */
  postings?: { buckets: number; cap?: number };
  /** The first answer covers the newest shards that hold at least this many articles together. */
  firstAnswer?: number;
}

/** What the bigram directory tells of a query. */
export interface GramLookup {
  /** The ids of the shards that can hold every term, newest first: all of them when it cannot tell. */
  shards: string[];
  /**
   * At most how many pages hold `text` literally (the fewest of any of its bigrams); Infinity when
   * the directory cannot tell (one character, no directory).
   */
  pages: (text: string) => number;
}

/** Each bucket file is fetched once per page. */
const buckets = new Map<string, Promise<Record<string, [string, number]>>>();

function readBucket(url: string): Promise<Record<string, [string, number]>> {
  let b = buckets.get(url);
  if (!b) {
    b = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<Record<string, [string, number]>>;
    });
    buckets.set(url, b);
  }
  return b;
}

/** Reads the directory's entries for the bigrams of `terms` (see `GramLookup`). */
export async function lookupGrams(
  manifest: ShardManifest,
  base: string,
  terms: readonly string[],
  synonyms?: SynonymIndex,
): Promise<GramLookup> {
  const ids = manifest.shards.map((s) => s.id);
  const unknown: GramLookup = { shards: ids, pages: () => Infinity };
  const count = manifest.grams?.buckets;
  if (count === undefined) return unknown;
  const looked = new Set(termsToGrams(terms, synonyms));
  const entries = new Map<string, [string, number]>();
  try {
    await Promise.all(
      [...looked].map(async (g) => {
        const entry = (await readBucket(`${base}pagefind/grams/${gramBucket(g, count)}.json`))[g];
        if (entry !== undefined) entries.set(g, entry);
      }),
    );
  } catch {
    // Without the directory every shard is searched, as before it existed.
    return unknown;
  }
  const positions = termsToShards(terms, ids.length, (g) => maskToShards(entries.get(g)?.[0] ?? ''), synonyms);
  return {
    shards: positions ? positions.map((p) => ids[p]!) : ids,
    pages: (text) => {
      const grams = [...textToGrams(text)];
      // Only bigrams that were looked up count: another's absence would say nothing.
      if (grams.length === 0 || !grams.every((g) => looked.has(g))) return Infinity;
      return Math.min(...grams.map((g) => entries.get(g)?.[1] ?? 0));
    },
  };
}
