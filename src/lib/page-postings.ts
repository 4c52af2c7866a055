/**
 * Which pages hold each bigram, for the whole site: the page postings beside the search shards.
 *
 * A complete answer on a sharded site used to search every shard that can hold the query through
 * Pagefind, and each shard costs its metadata (~24 KB gzip per 1,000 articles) and its chunks of
 * every word of the query, though a compound query (东川市营商环境) matches a few dozen pages. The
 * postings name those pages at once: the build writes, for every bigram of every indexed title and
 * text (`textToMatchable`, as the page matches them), the pages that hold it, shard by shard
 * (`/pagefind/postings/<bucket>.json`, `{"东川":[[0,"d…"],[3,"b…"]], …}`: the shard's position in
 * `shards.json` and its pages, numbered within the shard; split into buckets by a hash), and each
 * shard's page ids in number order (`/pagefind/pages/<shard>/<k>.json`, `PAGE_TABLE_CHUNK` a file). Pages are numbered within a
 * shard in the order of their ids (the fragments' file names), and through the site by adding the
 * pages of the shards before (newest first). Each shard's lists are encoded once, when it is
 * indexed: a build joins the cached strings. A page can hold a query only if some cut of every term
 * has all its bigrams there (`termsToShards`, the same rules as the shard directory); those pages
 * are loaded and checked literally, so the answer is exact.
 *
 * A list is written as a bitmap (`b`) or as gaps between numbers in base-128 varints (`d`),
 * whichever is shorter, in base64. Pure: no DOM, no fetch, no Node APIs.
 */

/**
 * Page ids per file of a shard's page table (`/pagefind/pages/<shard>/<k>.json` holds pages
 * 64k … 64k+63): a query loads the few files of its pages, not every shard's whole table.
 */
export const PAGE_TABLE_CHUNK = 64;

/** About this many bytes of encoded postings per bucket file: the build picks the bucket count from it. */
export const POSTING_BYTES_PER_BUCKET = 6000;

/** The number of buckets for `bytes` of encoded postings: a power of two. */
export function postingBucketCount(bytes: number): number {
  let n = 1;
  while (n * POSTING_BYTES_PER_BUCKET < bytes) n *= 2;
  return n;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of text) {
    const v = BASE64_VALUE.get(c);
    if (v === undefined) throw new Error(`Not base64: ${JSON.stringify(c)}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 255;
    }
  }
  return out;
}

/** Sorted, distinct page numbers below `pages` as the shorter of a bitmap and varint gaps. */
export function encodePostings(numbers: readonly number[], pages: number): string {
  const gaps: number[] = [];
  let previous = -1;
  for (const n of numbers) {
    if (!Number.isInteger(n) || n <= previous || n >= pages)
      throw new Error(`Postings must be sorted distinct page numbers below ${pages}: ${n}`);
    let gap = n - previous - 1;
    while (gap >= 128) {
      gaps.push((gap & 127) | 128);
      gap >>>= 7;
    }
    gaps.push(gap);
    previous = n;
  }
  const bitmapBytes = Math.ceil(pages / 8);
  if (gaps.length <= bitmapBytes) return `d${toBase64(Uint8Array.from(gaps))}`;
  const bitmap = new Uint8Array(bitmapBytes);
  for (const n of numbers) bitmap[n >> 3]! |= 1 << (n & 7);
  return `b${toBase64(bitmap)}`;
}

/** The page numbers of a list written by `encodePostings`. */
export function decodePostings(encoded: string): number[] {
  const kind = encoded[0];
  const bytes = fromBase64(encoded.slice(1));
  const out: number[] = [];
  if (kind === 'b') {
    for (let i = 0; i < bytes.length; i++) for (let b = 0; b < 8; b++) if (bytes[i]! & (1 << b)) out.push(i * 8 + b);
    return out;
  }
  if (kind !== 'd') throw new Error(`Unknown postings kind ${JSON.stringify(kind)}`);
  let previous = -1;
  let gap = 0;
  let shift = 0;
  for (const byte of bytes) {
    gap |= (byte & 127) << shift;
    if (byte & 128) {
      shift += 7;
      continue;
    }
    previous += gap + 1;
    out.push(previous);
    gap = 0;
    shift = 0;
  }
  return out;
}

/** Where site-wide page `n` is: its shard's position (newest first) and its place in the shard. */
export function pageToShard(n: number, shardPages: readonly number[]): { shard: number; local: number } | undefined {
  let offset = 0;
  for (let shard = 0; shard < shardPages.length; shard++) {
    const pages = shardPages[shard]!;
    if (n < offset + pages) return { shard, local: n - offset };
    offset += pages;
  }
  return undefined;
}
