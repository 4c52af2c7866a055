import { describe, expect, test } from 'vitest';
import { decodePostings, encodePostings, pageToShard, postingBucketCount, POSTING_BYTES_PER_BUCKET } from './page-postings.ts';

describe('encodePostings and decodePostings', () => {
  test('a sparse list is written as varint gaps, and read back', () => {
    const pages = [0, 3, 130, 20_000, 99_999];
    const encoded = encodePostings(pages, 100_000);
    expect(encoded[0]).toBe('d');
    // Gaps 0, 2, 126 (one byte each), 19869 and 79998 (three bytes each: over 16,383), low 7 bits first.
    const bytes = [0, 2, 126, 157, 155, 1, 254, 240, 4];
    expect(encoded).toBe(`d${Buffer.from(bytes).toString('base64').replace(/=+$/, '')}`);
    expect(decodePostings(encoded)).toEqual(pages);
  });

  test('a dense list is written as a bitmap when that is shorter, and read back', () => {
    const pages = Array.from({ length: 700 }, (_, i) => i * 2 + (i % 3 === 0 ? 1 : 0)).filter((n, i, a) => i === 0 || n > a[i - 1]!);
    const encoded = encodePostings(pages, 1400);
    expect(encoded[0]).toBe('b');
    // 1,400 bits: 175 bytes, 234 base64 characters.
    expect(encoded.length).toBe(1 + 234);
    expect(decodePostings(encoded)).toEqual(pages);
  });

  test('every gap length round-trips: one, two and three varint bytes, and no pages', () => {
    for (const gap of [0, 1, 127, 128, 16_383, 16_384, 2_000_000]) {
      const pages = [gap, 2 * gap + 1];
      expect(decodePostings(encodePostings(pages, 2 * gap + 2))).toEqual(pages);
    }
    expect(encodePostings([], 10)).toBe('d');
    expect(decodePostings('d')).toEqual([]);
  });

  test('refuses unsorted, repeated or out-of-range numbers, and unknown input', () => {
    expect(() => encodePostings([3, 1], 10)).toThrow('Postings must be sorted distinct page numbers below 10: 1');
    expect(() => encodePostings([1, 1], 10)).toThrow('below 10: 1');
    expect(() => encodePostings([10], 10)).toThrow('below 10: 10');
    expect(() => decodePostings('xAA')).toThrow('Unknown postings kind "x"');
    expect(() => decodePostings('d*')).toThrow('Not base64: "*"');
  });
});

describe('pageToShard', () => {
  test('numbers pages through the shards in order', () => {
    const shards = [3, 0, 2];
    expect([0, 2, 3, 4].map((n) => pageToShard(n, shards))).toEqual([
      { shard: 0, local: 0 },
      { shard: 0, local: 2 },
      { shard: 2, local: 0 },
      { shard: 2, local: 1 },
    ]);
    expect(pageToShard(5, shards)).toBeUndefined();
  });
});

describe('postingBucketCount', () => {
  test('is the smallest power of two that keeps buckets at about the target size', () => {
    expect(postingBucketCount(0)).toBe(1);
    expect(postingBucketCount(POSTING_BYTES_PER_BUCKET)).toBe(1);
    expect(postingBucketCount(POSTING_BYTES_PER_BUCKET + 1)).toBe(2);
    expect(postingBucketCount(100 * POSTING_BYTES_PER_BUCKET)).toBe(128);
  });
});
