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

/** What the page postings tell of a query (src/lib/page-postings.ts). */
export type PostingLookup =
  /** Every page that can hold the query, newest shard first. */
  | { pages: PostingPage[] }
  /** More pages than the caller would load. */
  | { tooMany: number }
  /** The postings cannot tell (none on this site, or a term with punctuation). */
  | undefined;

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
 * The pages that can hold every term (see `PostingLookup`): at most `cap`, else only how many.
 * A failed fetch counts as "cannot tell", so the caller searches the shards as before.
 */
export async function lookupPages(
  manifest: ShardManifest,
  base: string,
  terms: readonly string[],
  cap: number,
  synonyms?: SynonymIndex,
): Promise<PostingLookup> {
  const buckets = manifest.postings?.buckets;
  if (buckets === undefined || terms.length === 0) return undefined;
  const shardPages = manifest.shards.map((s) => s.pages);
  const offsets = shardPages.map((_, i) => shardPages.slice(0, i).reduce((a, b) => a + b, 0));
  const total = shardPages.reduce((a, b) => a + b, 0);
  try {
    const lists = new Map<string, number[]>();
    await Promise.all(
      termsToGrams(terms, synonyms).map(async (g) => {
        // Each shard's pages, numbered within the shard: [shard position, encoded pages].
        const url = `${base}pagefind/postings/${gramBucket(g, buckets)}.json`;
        const entry = (await readJson<Record<string, [number, string][]>>(url))[g] ?? [];
        lists.set(
          g,
          entry.flatMap(([shard, encoded]) => decodePostings(encoded).map((n) => n + offsets[shard]!)),
        );
      }),
    );
    const numbers = termsToShards(terms, total, (g) => lists.get(g) ?? [], synonyms);
    if (numbers === undefined) return undefined;
    if (numbers.length > cap) return { tooMany: numbers.length };
    const located = numbers.map((n) => pageToShard(n, shardPages)!);
    const pages = await Promise.all(
      located.map(async ({ shard, local }) => {
        const table = `${base}pagefind/pages/${manifest.shards[shard]!.id}/${Math.floor(local / PAGE_TABLE_CHUNK)}.json`;
        const id = (await readJson<string[]>(table))[local % PAGE_TABLE_CHUNK];
        if (id === undefined) throw new Error(`No page ${local} in shard ${manifest.shards[shard]!.id}`);
        const { bundlePath } = manifest.shards[shard]!;
        return { id, fragment: `${bundlePath}fragment/${id}.pf_fragment`, bundlePath };
      }),
    );
    return { pages };
  } catch (error) {
    console.warn(error);
    return undefined;
  }
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
