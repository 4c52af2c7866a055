import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { textToMatchable } from '../../../src/lib/search-query.ts';
import { bucketCount, gramBucket, shardsToMask, textToGrams } from '../../../src/lib/shard-grams.ts';

/**
 * The build's half of src/lib/shard-grams.ts: which shards hold each bigram, and how many pages, from the fragments
 * Pagefind wrote (the very title and text the search page matches), written as bucket files.
 */

/** Pagefind's compressed files: gzip of `pagefind_dcd` and the payload. */
const SIGNATURE = 'pagefind_dcd';

/** How many pages of a Pagefind bundle hold each bigram, in their fragments' titles or texts (matchable). */
export function bundleToGrams(bundleDir: string): Map<string, number> {
  const pages = new Map<string, number>();
  const dir = join(bundleDir, 'fragment');
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${join(dir, file)} is not a Pagefind fragment.`);
    const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as { content: string; meta?: Record<string, string> };
    const grams = textToGrams(textToMatchable(fragment.meta?.['title'] ?? ''));
    textToGrams(textToMatchable(fragment.content), grams);
    for (const g of grams) pages.set(g, (pages.get(g) ?? 0) + 1);
  }
  return pages;
}

/**
 * A bundle's bigrams, cached beside it in the search cache under the name of its metadata file
 * (a hash of the bundle): an incremental build reads only the shards it re-indexed.
 */
export function cachedBundleGrams(bundleDir: string, cacheDir: string): Map<string, number> {
  const meta = readdirSync(bundleDir).find((f) => f.endsWith('.pf_meta'));
  const file = meta ? join(cacheDir, `grams-${meta}.tsv`) : undefined;
  if (file && existsSync(file))
    return new Map(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const [gram, n] = line.split('\t');
          return [gram!, Number(n)];
        }),
    );
  const grams = bundleToGrams(bundleDir);
  if (file) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) if (old.startsWith('grams-')) rmSync(join(cacheDir, old), { force: true });
    const lines = [...grams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([g, n]) => `${g}\t${n}`);
    writeFileSync(`${file}.tmp`, `${lines.join('\n')}\n`);
    renameSync(`${file}.tmp`, file);
  }
  return grams;
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
