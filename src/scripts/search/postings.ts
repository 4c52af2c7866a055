import { decodePostings, PAGE_TABLE_CHUNK, pageToShard } from '../../lib/page-postings.ts';
import { gramBucket, termsToGrams, termsToShards } from '../../lib/shard-grams.ts';
import type { SynonymIndex } from '../../lib/search-synonyms.ts';
import type { ShardManifest } from './grams.ts';
import type { PagefindData } from './pagefind.ts';

/** A page the postings name: its Pagefind id (the fragment's hash), its fragment's URL and its bundle's. */
export interface PostingPage {
  id: string;
  fragment: string;
  bundlePath: string;
}

/** A bigram's pages through the site, numbered newest first, and those whose titles hold it. */
export interface GramPages {
  pages: number[];
  titles: number[];
}

/** What the postings hold of a query's bigrams. */
export interface PostingLists {
  /** Every page that can hold every term (some cut of it, register forms too), by number: newest first. */
  numbers: number[];
  /** The pages of each bigram of the query. */
  grams: ReadonlyMap<string, GramPages>;
}

const files = new Map<string, Promise<unknown>>();

/** Each postings bucket and page table is fetched once per page. */
function readJson<T>(url: string): Promise<T> {
  let f = files.get(url);
  if (!f) {
    f = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json();
    });
    files.set(url, f);
  }
  return f as Promise<T>;
}

/**
 * The site's pages that hold each bigram of the query, from the postings buckets, and those that
 * can hold it; undefined when the postings cannot tell (none on this site, or a term with
 * punctuation). A failed fetch throws: the caller searches the shards as before.
 */
export async function readPostingLists(
  manifest: ShardManifest,
  base: string,
  terms: readonly string[],
  synonyms?: SynonymIndex,
): Promise<PostingLists | undefined> {
  const buckets = manifest.postings?.buckets;
  if (buckets === undefined || terms.length === 0) return undefined;
  const shardPages = manifest.shards.map((s) => s.pages);
  const offsets = shardPages.map((_, i) => shardPages.slice(0, i).reduce((a, b) => a + b, 0));
  const total = shardPages.reduce((a, b) => a + b, 0);
  const grams = new Map<string, GramPages>();
  await Promise.all(
    termsToGrams(terms, synonyms).map(async (g) => {
      // Each shard's pages, numbered within the shard: [shard position, encoded pages, encoded pages by title].
      const url = `${base}pagefind/postings/${gramBucket(g, buckets)}.json`;
      const entry = (await readJson<Record<string, [number, string, string?][]>>(url))[g] ?? [];
      const site = (shard: number, encoded: string | undefined) => (encoded ? decodePostings(encoded).map((n) => n + offsets[shard]!) : []);
      grams.set(g, {
        pages: entry.flatMap(([shard, encoded]) => site(shard, encoded)),
        titles: entry.flatMap(([shard, , titles]) => site(shard, titles)),
      });
    }),
  );
  const numbers = termsToShards(terms, total, (g) => grams.get(g)?.pages ?? [], synonyms);
  return numbers === undefined ? undefined : { numbers, grams };
}

/** The pages of these site-wide numbers, from the shards' page tables. */
export function numbersToPages(manifest: ShardManifest, base: string, numbers: readonly number[]): Promise<PostingPage[]> {
  const shardPages = manifest.shards.map((s) => s.pages);
  return Promise.all(
    numbers.map(async (n) => {
      const located = pageToShard(n, shardPages);
      if (!located) throw new Error(`No page ${n} in ${shardPages.length} shards`);
      const { shard, local } = located;
      const table = `${base}pagefind/pages/${manifest.shards[shard]!.id}/${Math.floor(local / PAGE_TABLE_CHUNK)}.json`;
      const id = (await readJson<string[]>(table))[local % PAGE_TABLE_CHUNK];
      if (id === undefined) throw new Error(`No page ${local} in shard ${manifest.shards[shard]!.id}`);
      const { bundlePath } = manifest.shards[shard]!;
      return { id, fragment: `${bundlePath}fragment/${id}.pf_fragment`, bundlePath };
    }),
  );
}

/** Pagefind's compressed files: gzip of `pagefind_dcd` and the payload. */
const SIGNATURE = 'pagefind_dcd';

/**
 * A fragment as Pagefind's `data()` gives it, read directly: the URL under the site's base (the
 * part of the bundle's path before `pagefind/`, as Pagefind takes it), the text without the
 * zero-width spaces Pagefind puts between words, no excerpt (the page makes its own). A host that
 * decompressed the file already is fine too.
 */
export async function readFragment({ fragment: url, bundlePath }: PostingPage): Promise<PagefindData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text =
    bytes[0] === 0x1f && bytes[1] === 0x8b
      ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
      : new TextDecoder().decode(bytes);
  if (!text.startsWith(SIGNATURE)) throw new Error(`${url} is not a Pagefind fragment.`);
  const f = JSON.parse(text.slice(SIGNATURE.length)) as {
    url: string;
    content: string;
    meta?: Record<string, string>;
    filters?: Record<string, string[]>;
  };
  return {
    url: /^(https?:)?\/\//.test(f.url) ? f.url : `${/^(.*\/)_?pagefind/.exec(bundlePath)?.[1] ?? '/'}/${f.url}`.replace(/\/+/g, '/'),
    content: f.content.replace(/\u200B/g, ''),
    excerpt: '',
    meta: f.meta ?? {},
    filters: f.filters ?? {},
  };
}
