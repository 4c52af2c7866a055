import { createHash } from 'node:crypto';

/**
 * The build spread over machines: `npm run build -- --part K/N` renders part K of N of the
 * article pages and indexes the search shards that part owns; `npm run build -- --assemble <dir>`
 * puts `dist/` together from the N parts (scripts/lib/build/assemble.ts). Every machine computes
 * the same partition from the same content, so nothing but the content decides it: no locale
 * (ids are compared by code unit, not `localeCompare`), no clock, no file-system order.
 */

export interface PartNumber {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parts above this are surely a typo: each part pays Astro's start-up and content sync again. */
export const MAX_PARTS = 64;

/** `2/4` → part 2 of 4; an error names the value and the form it takes. */
export function parsePartNumber(value: string): PartNumber {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_PARTS || index < 1 || index > count)
    throw new Error(`--part takes K/N, part K of N parts with 1 ≤ K ≤ N ≤ ${MAX_PARTS} (e.g. --part 2/4); got "${value}".`);
  return { index, count };
}

/** The folder a part writes into, inside the parts folder: `part-2-of-4`. */
export const partFolderName = ({ index, count }: PartNumber) => `part-${index}-of-${count}`;

/** Something to hand out to parts, with what it costs to build. */
export interface Weighed {
  id: string;
  weight: number;
}

export interface PartAssignment {
  /** Article ids whose pages the part renders, sorted by code unit. */
  articles: string[];
  /** Search shard ids the part indexes, newest first (descending, as `planShards` orders them). */
  shards: string[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What rendering an article page costs: a fixed share (layout, lists of neighbours and related
 * articles, writing the file) plus its body, which the Markdown pipeline and the page carry.
 */
export const articleWeight = (body: string) => 4000 + Buffer.byteLength(body);

/**
 * Cuts the articles (sorted by id) into `count` consecutive runs of about equal weight, and
 * hands out the search shards whole, heaviest first, each to the part with the least shard
 * weight so far (lowest part number on a tie). The two are balanced apart: in a part, Pagefind
 * indexes on one core while Astro renders on the other. Consecutive runs keep the partition
 * stable: an added article moves at most the articles near the cuts.
 */
export function assignParts(articles: readonly Weighed[], shards: readonly Weighed[], count: number): PartAssignment[] {
  const parts: PartAssignment[] = Array.from({ length: count }, () => ({ articles: [], shards: [] }));
  const sorted = [...articles].sort((a, b) => byCodeUnit(a.id, b.id));
  const total = sorted.reduce((sum, a) => sum + a.weight, 0);
  let before = 0;
  let part = 0;
  for (const article of sorted) {
    // The article goes to the part whose share of the total its middle falls in.
    const middle = before + article.weight / 2;
    while (part < count - 1 && middle >= (total * (part + 1)) / count) part += 1;
    parts[part]!.articles.push(article.id);
    before += article.weight;
  }
  const load = new Array<number>(count).fill(0);
  const heaviestFirst = [...shards].sort((a, b) => b.weight - a.weight || byCodeUnit(a.id, b.id));
  for (const shard of heaviestFirst) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest]! += shard.weight;
    parts[lightest]!.shards.push(shard.id);
  }
  for (const p of parts) p.shards.sort((a, b) => byCodeUnit(b, a));
  return parts;
}

/**
 * What every part and the assembly must agree on: the build's global key and every article's
 * page key (scripts/lib/build/incremental.ts), the moment, and the number of parts. Parts built
 * from other content, code or settings cannot be assembled into one site.
 */
export function partsKey(globalKey: string, pageKeys: Readonly<Record<string, { page: string }>>, now: string, count: number): string {
  const hash = createHash('sha256').update(`${globalKey}\0${now}\0${count}\0`);
  for (const id of Object.keys(pageKeys).sort(byCodeUnit)) hash.update(`${id}\0${pageKeys[id]!.page}\0`);
  return hash.digest('hex');
}

/** Written last into a part's folder, so a part without it failed or never finished. */
export const PART_MANIFEST = 'part.json';

export interface PartManifest {
  version: 1;
  /** 1-based part number and the number of parts. */
  part: number;
  parts: number;
  /** `partsKey` of the content, code and settings the part was built from. */
  key: string;
  /** The publication moment the part was built at (Asia/Shanghai). */
  now: string;
  articles: string[];
  shards: string[];
}
