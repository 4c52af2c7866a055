import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { decodePostings, encodePostings } from '../../../src/lib/page-postings.ts';
import { textToMatchable } from '../../../src/lib/search-query.ts';
import { gramBucket, textToGrams } from '../../../src/lib/shard-grams.ts';
import {
  bundleToPostings,
  cachedBundlePostings,
  encodeBundlePostings,
  postingsToBuckets,
  postingsToGrams,
  writePostingDirectory,
} from './grams.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-grams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle as Pagefind writes it, as far as the postings read it: fragments and a meta file. */
function bundle(name: string, pages: Record<string, { title: string; content: string; order?: string }>): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'fragment'), { recursive: true });
  writeFileSync(join(root, `pagefind.zh-cn_${name}.pf_meta`), '');
  for (const [id, { title, content, order }] of Object.entries(pages))
    writeFileSync(
      join(root, 'fragment', `${id}.pf_fragment`),
      gzipSync(
        `pagefind_dcd${JSON.stringify({ url: `/${id}/`, content: content.replace(/(.)/gu, '$1\u200B'), meta: { title, ...(order ? { order } : {}) } })}`,
      ),
    );
  return root;
}

const newer = bundle('2024', {
  'zh-cn_b2': { title: '营商环境', content: '辽宁持续优化营商环境。', order: '2024-03-01 08:00 b' },
  'zh-cn_a1': { title: '河长制', content: '巡河。', order: '2024-02-01 00:00 a' },
});
const older = bundle('2023', { 'zh-cn_c3': { title: '东川市', content: '营商环境评价。' } });

describe('bundleToPostings', () => {
  test('numbers the pages newest first and lists the pages of each bigram of title and text, and of titles apart', () => {
    const p = bundleToPostings(newer);
    // zh-cn_b2 is newer (its `order` key), though its id sorts after zh-cn_a1.
    expect(p.pages).toEqual(['zh-cn_b2', 'zh-cn_a1']);
    expect([p.grams.get('营商'), p.grams.get('河长'), p.grams.get('巡河'), p.grams.get('辽宁'), p.grams.get('东川')]).toEqual([
      [0],
      [1],
      [1],
      [0],
      undefined,
    ]);
    expect([p.titles.get('营商'), p.titles.get('河长'), p.titles.get('巡河'), p.titles.get('辽宁')]).toEqual([
      [0],
      [1],
      undefined,
      undefined,
    ]);
    // The zero-width spaces Pagefind puts between words are not part of any bigram.
    expect([...p.grams.keys()].filter((g) => g.includes('\u200B'))).toEqual([]);
    const encoded = encodeBundlePostings(p);
    expect(encoded.grams.map(([g]) => g)).toEqual([...p.grams.keys()].sort());
    expect(encoded.grams.find(([g]) => g === '营商')).toEqual(['营商', 1, encodePostings([0], 2), encodePostings([0], 2)]);
    expect(encoded.grams.find(([g]) => g === '辽宁')).toEqual(['辽宁', 1, encodePostings([0], 2)]);
    expect(postingsToGrams(encoded).get('营商')).toBe(1);
  });

  test('numbers pages of the same key, or without one, by id, those without last', () => {
    const same = bundle('same', {
      'zh-cn_f': { title: '甲乙', content: '', order: '2024-01-01 00:00 x' },
      'zh-cn_e': { title: '甲乙', content: '', order: '2024-01-01 00:00 x' },
      'zh-cn_0': { title: '甲乙', content: '' },
      'zh-cn_d': { title: '甲乙', content: '', order: '2023-12-31 23:59 y' },
    });
    expect(bundleToPostings(same).pages).toEqual(['zh-cn_e', 'zh-cn_f', 'zh-cn_d', 'zh-cn_0']);
  });

  test('takes the pairs by code point, as the search page does (textToGrams)', () => {
    const astral = bundle('astral', { 'zh-cn_d4': { title: '𠀾村', content: '𠀾村a，PM2.5' } });
    const texts = ['𠀾村', '𠀾村a，PM2.5'].map(textToMatchable);
    const expected = [...new Set(texts.flatMap((t) => [...textToGrams(t)]))].sort();
    const p = bundleToPostings(astral);
    expect([...p.grams.keys()].sort()).toEqual(expected);
    expect(expected).toContain('𠀾村');
    expect([...p.grams.values()]).toEqual(expected.map(() => [0]));
  });

  test('is cached beside the bundle and read back the same', () => {
    const cache = join(dir, 'cache-2024');
    const fresh = cachedBundlePostings(newer, cache);
    expect(readdirSync(cache)).toEqual(['postings-v2-pagefind.zh-cn_2024.pf_meta.json']);
    expect(fresh).toEqual(encodeBundlePostings(bundleToPostings(newer)));
    // Served from the cache file: the fragments are not read again.
    rmSync(join(newer, 'fragment', 'zh-cn_a1.pf_fragment'));
    expect(cachedBundlePostings(newer, cache)).toEqual(fresh);
    // A cache of the id-ordered lists of before (no `v2`) is replaced, not read.
    writeFileSync(join(cache, 'postings-pagefind.zh-cn_2023.pf_meta.json'), '{}');
    const older2 = cachedBundlePostings(older, join(dir, 'cache-2024'));
    expect(older2.pages).toEqual(['zh-cn_c3']);
  });
});

describe('postingsToBuckets and writePostingDirectory', () => {
  test("list each bigram's pages shard by shard, newest first, and write each shard its page table", () => {
    const shards = [
      encodeBundlePostings({
        pages: ['zh-cn_a1', 'zh-cn_b2'],
        grams: new Map([
          ['营商', [1]],
          ['河长', [0]],
        ]),
        titles: new Map([['河长', [0]]]),
      }),
      encodeBundlePostings(bundleToPostings(older)),
    ];
    const directory = postingsToBuckets(shards);
    expect(directory.buckets).toBe(1);
    const out = join(dir, 'site');
    writePostingDirectory(out, directory, ['2024', '2023']);
    const entries = JSON.parse(readFileSync(join(out, 'pagefind/postings/0.json'), 'utf8')) as Record<string, [number, string, string?][]>;
    expect(Object.keys(entries)).toEqual([...Object.keys(entries)].sort());
    // Shard by shard: [position in shards.json, pages numbered within the shard].
    const pagesOf = (g: string) => entries[g]!.map(([shard, e, t]) => [shard, decodePostings(e), t && decodePostings(t)]);
    // The third entry: the pages whose titles hold the bigram, when any does.
    expect([pagesOf('营商'), pagesOf('河长'), pagesOf('东川')]).toEqual([
      [
        [0, [1], undefined],
        [1, [0], undefined],
      ],
      [[0, [0], [0]]],
      [[1, [0], [0]]],
    ]);
    expect(gramBucket('营商', directory.buckets)).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'pagefind/pages/2024/0.json'), 'utf8'))).toEqual(['zh-cn_a1', 'zh-cn_b2']);
    expect(JSON.parse(readFileSync(join(out, 'pagefind/pages/2023/0.json'), 'utf8'))).toEqual(['zh-cn_c3']);
  });

  test('split each page table into files of 64 ids, and replace the folders of the previous build', () => {
    const ids = Array.from({ length: 130 }, (_, i) => `zh-cn_${i.toString(16).padStart(3, '0')}`);
    const out = join(dir, 'site-big');
    writePostingDirectory(out, postingsToBuckets([{ pages: ['zh-cn_old'], grams: [] }]), ['gone']);
    writePostingDirectory(out, postingsToBuckets([{ pages: ids, grams: [] }]), ['2024']);
    expect(readdirSync(join(out, 'pagefind/pages'))).toEqual(['2024']);
    const table = (k: number) => JSON.parse(readFileSync(join(out, `pagefind/pages/2024/${k}.json`), 'utf8')) as string[];
    expect(readdirSync(join(out, 'pagefind/pages/2024')).sort()).toEqual(['0.json', '1.json', '2.json']);
    expect([table(0), table(1), table(2)]).toEqual([ids.slice(0, 64), ids.slice(64, 128), ids.slice(128)]);
    expect(readFileSync(join(out, 'pagefind/postings/0.json'), 'utf8')).toBe('{}\n');
  });
});
