import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findNearDuplicates, type BodyClaim } from './checks/near-duplicates.ts';
import { BINS } from './checks/shingles.ts';
import { EDITS, editedPairs, templateArticles } from './near-duplicate-set.ts';
import { computeSignature, openSignatureCache, signatureCacheFile } from './signature-cache.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhuanzai-signatures-'));
  file = join(dir, 'check', 'signatures.bin');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Copies, edited copies and distinct reports of one template: pairs found and pairs not. */
function claims(): BodyClaim[] {
  const bodies = [...editedPairs(3, 1).flatMap((p) => [p.original, p.copy]), ...templateArticles(4, 12)];
  return bodies.map((body, i) => ({
    file: `articles/${String(i).padStart(3, '0')}.md`,
    line: 7,
    body,
    date: `2024-05-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
}

describe('signature cache', () => {
  test('the check reports the same near-duplicates with an empty cache, a filled one and none', () => {
    const all = claims();
    const without = findNearDuplicates(all);
    expect(without.length).toBeGreaterThanOrEqual(EDITS.length);

    const first = openSignatureCache(file);
    expect(findNearDuplicates(all, undefined, first.signatureOf)).toEqual(without);
    first.save();
    expect(first.stats()).toEqual({ hits: 0, misses: all.length });

    const second = openSignatureCache(file);
    expect(findNearDuplicates(all, undefined, second.signatureOf)).toEqual(without);
    expect(second.stats()).toEqual({ hits: all.length, misses: 0 });
  });

  test('returns the signature computed from the body, from the file as well as fresh', () => {
    const body = claims()[0]!.body;
    const first = openSignatureCache(file);
    expect(first.signatureOf(body)).toEqual(computeSignature(body));
    first.save();
    const stored = openSignatureCache(file).signatureOf(body);
    expect(stored).toEqual(computeSignature(body));
    expect(stored).toHaveLength(BINS);
  });

  test('keeps only the bodies of the last run, and leaves an unchanged file alone', () => {
    const [a, b] = claims().map((c) => c.body);
    const first = openSignatureCache(file);
    first.signatureOf(a!);
    first.signatureOf(b!);
    first.save();
    const twoEntries = statSync(file).size;

    const second = openSignatureCache(file);
    second.signatureOf(a!);
    second.save();
    expect(statSync(file).size).toBe(twoEntries - (20 + BINS * 4));

    const written = statSync(file).mtimeMs;
    const third = openSignatureCache(file);
    third.signatureOf(a!);
    third.save();
    expect(statSync(file).mtimeMs).toBe(written);
    expect(third.stats()).toEqual({ hits: 1, misses: 0 });
  });

  test('does not keep bodies too short to compare', () => {
    const cache = openSignatureCache(file);
    expect(cache.signatureOf('短文。')).toBeUndefined();
    expect(cache.stats()).toEqual({ hits: 0, misses: 0 });
  });

  test('ignores a truncated, padded or foreign file and writes it anew', () => {
    const all = claims();
    const without = findNearDuplicates(all);
    const filled = openSignatureCache(file);
    for (const c of all) filled.signatureOf(c.body);
    filled.save();
    const good = readFileSync(file);
    for (const bad of [
      good.subarray(0, good.length - 7),
      Buffer.concat([good, Buffer.from('x')]),
      Buffer.from('not a cache'),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, bad);
      const cache = openSignatureCache(file);
      expect(findNearDuplicates(all, undefined, cache.signatureOf)).toEqual(without);
      expect(cache.stats()).toEqual({ hits: 0, misses: all.length });
      cache.save();
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  test('a corrupted signature in a well-formed file changes only what that body is compared with', () => {
    // The file is trusted once its size and version match; what protects it is that only this
    // code writes it, by rename. This pins the format: the signature sits after a 20-byte key.
    const body = claims()[0]!.body;
    const cache = openSignatureCache(file);
    cache.signatureOf(body);
    cache.save();
    const bytes = readFileSync(file);
    bytes.writeUInt32LE(12345, bytes.length - BINS * 4);
    writeFileSync(file, bytes);
    expect(openSignatureCache(file).signatureOf(body)?.[0]).toBe(12345);
  });

  test('lives under node_modules/.cache by content folder, or under ZHUANZAI_CHECK_CACHE', () => {
    expect(signatureCacheFile('/p', '/p/content', {})).toMatch(
      /^\/p\/node_modules\/\.cache\/zhuanzai\/check\/[0-9a-f]{12}\/signatures\.bin$/,
    );
    expect(signatureCacheFile('/p', '/p/content', {})).not.toBe(signatureCacheFile('/p', '/p/other', {}));
    expect(signatureCacheFile('/p', '/p/content', { ZHUANZAI_CHECK_CACHE: '/c' })).toMatch(/^\/c\/[0-9a-f]{12}\/signatures\.bin$/);
  });
});
