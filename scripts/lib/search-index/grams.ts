import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { textToMatchable } from '../../../src/lib/search-query.ts';
import { encodePostings, postingBucketCount } from '../../../src/lib/page-postings.ts';
import { bucketCount, gramBucket, shardsToMask, textToGrams } from '../../../src/lib/shard-grams.ts';

/**
 * The build's half of src/lib/shard-grams.ts and src/lib/page-postings.ts: which shards and which pages hold each
 * bigram, from the fragments Pagefind wrote (the very title and text the search page matches), written as bucket files.
 */

/** Pagefind's compressed files: gzip of `pagefind_dcd` and the payload. */
const SIGNATURE = 'pagefind_dcd';

/** A bundle's pages and, for each bigram of their titles and texts (matchable), the pages that hold it. */
export interface BundlePostings {
  /** Page ids (fragment file names without `.pf_fragment`), sorted: a page's number is its place here. */
  pages: string[];
  /** Bigram → the sorted numbers of the pages that hold it. */
  grams: Map<string, number[]>;
}

/** Reads every fragment Pagefind wrote: the very title and text the search page matches. */
export function bundleToPostings(bundleDir: string): BundlePostings {
  const dir = join(bundleDir, 'fragment');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.pf_fragment'))
        .sort()
    : [];
  const grams = new Map<string, number[]>();
  files.forEach((file, page) => {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${join(dir, file)} is not a Pagefind fragment.`);
    const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as { content: string; meta?: Record<string, string> };
    const own = textToGrams(textToMatchable(fragment.meta?.['title'] ?? ''));
    textToGrams(textToMatchable(fragment.content), own);
    for (const g of own) {
      const list = grams.get(g);
      if (list) list.push(page);
      else grams.set(g, [page]);
    }
  });
  return { pages: files.map((f) => f.slice(0, -'.pf_fragment'.length)), grams };
}

/** How many pages of a bundle hold each bigram. */
export function postingsToGrams(postings: BundlePostings): Map<string, number> {
  return new Map([...postings.grams].map(([g, pages]) => [g, pages.length]));
}

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A bundle's postings, cached beside it in the search cache under the name of its metadata file
 * (a hash of the bundle): an incremental build reads only the shards it re-indexed. The file has
 * the page ids on its first line, then one bigram a line with the gaps between its page numbers.
 */
export function cachedBundlePostings(bundleDir: string, cacheDir: string): BundlePostings {
  const meta = readdirSync(bundleDir).find((f) => f.endsWith('.pf_meta'));
  const file = meta ? join(cacheDir, `postings-${meta}.tsv`) : undefined;
  if (file && existsSync(file)) {
    const [first = '', ...lines] = readFileSync(file, 'utf8').split('\n');
    const grams = new Map<string, number[]>();
    for (const line of lines) {
      if (line === '') continue;
      const [gram, gaps = ''] = line.split('\t');
      let n = -1;
      grams.set(
        gram!,
        gaps.split(',').map((gap) => (n += Number(gap) + 1)),
      );
    }
    return { pages: first === '' ? [] : first.split(','), grams };
  }
  const postings = bundleToPostings(bundleDir);
  if (file) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir))
      if (old.startsWith('grams-') || old.startsWith('postings-')) rmSync(join(cacheDir, old), { force: true });
    const lines = [...postings.grams]
      .sort(byKey)
      .map(([g, pages]) => `${g}\t${pages.map((p, i) => p - (i === 0 ? -1 : pages[i - 1]!) - 1).join(',')}`);
    writeFileSync(`${file}.tmp`, `${[postings.pages.join(','), ...lines].join('\n')}\n`);
    renameSync(`${file}.tmp`, file);
  }
  return postings;
}

/**
 * The bucket files of the directory: for each bucket, `{ bigram: [shard mask, pages] }`, bigrams
 * sorted; `pages` counts the site's pages that hold the bigram.
 */
export function gramsToBuckets(shardGrams: readonly Map<string, number>[]): { buckets: number; files: Map<number, string> } {
  const found = new Map<string, { positions: number[]; pages: number }>();
  shardGrams.forEach((grams, position) => {
    for (const [g, n] of grams) {
      const f = found.get(g);
      if (f) {
        f.positions.push(position);
        f.pages += n;
      } else found.set(g, { positions: [position], pages: n });
    }
  });
  const buckets = bucketCount(found.size);
  const entries = new Map<number, [string, [string, number]][]>();
  for (const [gram, { positions, pages }] of found) {
    const b = gramBucket(gram, buckets);
    const e = entries.get(b) ?? [];
    e.push([gram, [shardsToMask(positions, shardGrams.length), pages]]);
    entries.set(b, e);
  }
  const files = new Map<number, string>();
  for (const [b, e] of entries) {
    e.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    files.set(b, `${JSON.stringify(Object.fromEntries(e))}\n`);
  }
  return { buckets, files };
}

/**
 * Writes `pagefind/grams/<bucket>.json` under `outDir`, replacing the folder: in an incremental
 * build its files are hard links to the previous output's, never written through. Every bucket has a file, `{}` when no bigram falls in it.
 */
export function writeGramDirectory(outDir: string, { buckets, files }: { buckets: number; files: Map<number, string> }): void {
  const dir = join(outDir, 'pagefind', 'grams');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let b = 0; b < buckets; b++) writeFileSync(join(dir, `${b}.json`), files.get(b) ?? '{}\n');
}

/** The site's page postings (src/lib/page-postings.ts): bucket files and each shard's page ids. */
export interface PostingDirectory {
  buckets: number;
  files: Map<number, string>;
  /** Each shard's page ids in number order, as in `shards` (newest first). */
  pages: string[][];
}

/**
 * The page postings of the site from its shards' (newest first, as in shards.json): pages are
 * numbered through the shards in that order. Each bucket file is `{ bigram: encoded list }`,
 * bigrams sorted.
 */
export function postingsToBuckets(shards: readonly BundlePostings[]): PostingDirectory {
  const total = shards.reduce((n, s) => n + s.pages.length, 0);
  const site = new Map<string, number[]>();
  let offset = 0;
  for (const shard of shards) {
    for (const [g, pages] of shard.grams) {
      const list = site.get(g) ?? [];
      for (const p of pages) list.push(offset + p);
      site.set(g, list);
    }
    offset += shard.pages.length;
  }
  const encoded = [...site].map(([g, pages]) => [g, encodePostings(pages, total)] as [string, string]);
  const buckets = postingBucketCount(encoded.reduce((n, [g, e]) => n + g.length + e.length + 6, 0));
  const entries = new Map<number, [string, string][]>();
  for (const entry of encoded) {
    const b = gramBucket(entry[0], buckets);
    const e = entries.get(b) ?? [];
    e.push(entry);
    entries.set(b, e);
  }
  const files = new Map<number, string>();
  for (const [b, e] of entries) files.set(b, `${JSON.stringify(Object.fromEntries(e.sort(byKey)))}\n`);
  return { buckets, files, pages: shards.map((s) => s.pages) };
}

/**
 * Writes `pagefind/postings/<bucket>.json` and `pagefind/pages/<shard id>.json` under `outDir`,
 * replacing both folders (in an incremental build their files are hard links to the previous
 * output's, never written through). Every bucket has a file, `{}` when no bigram falls in it.
 */
export function writePostingDirectory(outDir: string, { buckets, files, pages }: PostingDirectory, shardIds: readonly string[]): void {
  const dir = join(outDir, 'pagefind', 'postings');
  const tables = join(outDir, 'pagefind', 'pages');
  for (const d of [dir, tables]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  for (let b = 0; b < buckets; b++) writeFileSync(join(dir, `${b}.json`), files.get(b) ?? '{}\n');
  shardIds.forEach((id, i) => writeFileSync(join(tables, `${id}.json`), `${JSON.stringify(pages[i] ?? [])}\n`));
}
