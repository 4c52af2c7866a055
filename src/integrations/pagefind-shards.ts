import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** How the search index is split: one index for the site, or one per year of publication. */
export type ShardMode = 'none' | 'year';

/** One Pagefind bundle of the site, as listed in `/pagefind/shards.json`. */
export interface Shard {
  /** `all`, a year such as `2024`, or `site` for indexed pages outside `/articles/<year>/`. */
  id: string;
  /** Built pages in this shard, as paths relative to the output folder. */
  files: string[];
  /** Hash of every file's path and content and of the index settings: equal hash, equal bundle. */
  hash: string;
}

/** The manifest a search page reads to find every bundle: the first is loaded, the others merged. */
export interface ShardManifest {
  version: 1;
  language: string;
  /** Newest first; `bundlePath` includes the site base and ends in `/`. */
  shards: { id: string; bundlePath: string; pages: number }[];
}

const YEAR_PAGE = /^articles\/(\d{4})\//;

/** The shard a built page belongs to. */
export function pageToShard(relativePath: string, mode: ShardMode): string {
  if (mode === 'none') return 'all';
  return YEAR_PAGE.exec(relativePath)?.[1] ?? 'site';
}

/**
 * Groups the pages Pagefind would index (those with `data-pagefind-body`) into shards, newest
 * year first, and hashes each shard. Files are read one at a time, so memory stays flat.
 */
export function planShards(outDir: string, mode: ShardMode, settings: string): Shard[] {
  const hashes = new Map<string, ReturnType<typeof createHash>>();
  const files = new Map<string, string[]>();
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
  for (const path of paths) {
    if (path.startsWith('pagefind/')) continue;
    const html = readFileSync(join(outDir, path));
    if (!html.includes('data-pagefind-body')) continue;
    const id = pageToShard(path, mode);
    if (!hashes.has(id)) hashes.set(id, createHash('sha256').update(settings));
    hashes.get(id)?.update(path).update('\0').update(html).update('\0');
    const list = files.get(id) ?? [];
    list.push(path);
    files.set(id, list);
  }
  return [...files.keys()]
    .sort((a, b) => b.localeCompare(a))
    .map((id) => ({ id, files: files.get(id) ?? [], hash: hashes.get(id)?.digest('hex') ?? '' }));
}

/** Where a shard's bundle goes inside the output folder: the first at `pagefind/`, others below it. */
export function shardBundleDir(index: number, id: string): string {
  return index === 0 ? 'pagefind' : `pagefind/shards/${id}`;
}

export function shardManifest(shards: readonly Shard[], language: string, base: string): ShardManifest {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    version: 1,
    language,
    shards: shards.map((s, i) => ({ id: s.id, bundlePath: `${root}${shardBundleDir(i, s.id)}/`, pages: s.files.length })),
  };
}
