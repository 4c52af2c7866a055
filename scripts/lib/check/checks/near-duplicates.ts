import type { ContentProblem } from '../../../../src/schemas/problems.ts';

export interface BodyClaim {
  file: string;
  line: number;
  body: string;
  /** Sort key: the earlier reprint is the one kept, the later is reported. */
  date?: string | undefined;
}

/** Characters that count: Han, Latin letters and digits (markup, punctuation and spaces do not make an article different). */
function kept(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff10 && code <= 0xff5a)
  );
}

function mix(a: number, b: number, c: number, d: number, seed: number): number {
  let h = Math.imul(seed ^ a, 0x5bd1e995);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0x5bd1e995);
  h = Math.imul(h ^ (h >>> 15) ^ c, 0x5bd1e995);
  h = Math.imul(h ^ (h >>> 15) ^ d, 0x5bd1e995);
  h ^= h >>> 15;
  return Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
}

/**
 * A 64-bit SimHash of a body over 4-character shingles, as two 32-bit halves. Bodies that
 * differ only in punctuation, spacing, markup or a few sentences land a few bits apart.
 * One shingle in four (chosen by its hash, so the same in every copy) is counted: that keeps
 * 10,000 articles to a fraction of a second without changing which bodies match.
 */
export function simHash(body: string): [number, number] | undefined {
  // image and link targets are addresses, not text: two copies of one article point at different files
  const text = body.includes('](') ? body.replace(/!\[[^\]]*\]\([^)]*\)/gu, '').replace(/\]\([^)]*\)/gu, ']') : body;
  const weights = new Int32Array(64);
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let n = 0;
  let sampled = 0;
  for (let i = 0; i < text.length; i++) {
    const c3 = text.charCodeAt(i);
    if (!kept(c3)) continue;
    n++;
    if (n >= 4) {
      const lo = mix(c0, c1, c2, c3, 0x9747b28c);
      if ((lo & 3) === 0) {
        const hi = mix(c0, c1, c2, c3, 0x1b873593);
        sampled++;
        for (let b = 0; b < 32; b++) {
          weights[b]! += ((lo >>> b) & 1) * 2 - 1;
          weights[b + 32]! += ((hi >>> b) & 1) * 2 - 1;
        }
      }
    }
    c0 = c1;
    c1 = c2;
    c2 = c3;
  }
  if (n < 60 || sampled < 8) return undefined;
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (weights[b]! > 0) lo |= 1 << b;
    if (weights[b + 32]! > 0) hi |= 1 << b;
  }
  return [lo >>> 0, hi >>> 0];
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hammingDistance(a: [number, number], b: [number, number]): number {
  return popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);
}

/**
 * Articles whose bodies are near-duplicates of an earlier one (SimHash distance ≤ `maxDistance`
 * of 64 bits): the same article reprinted twice under different URLs. Candidates are found by
 * bucketing on four 16-bit bands, which by the pigeonhole principle catches every pair within
 * 3 bits without comparing all pairs.
 */
export function findNearDuplicates(unsorted: readonly BodyClaim[], maxDistance = 3): ContentProblem[] {
  const claims = [...unsorted].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
  const hashes = claims.map((c) => simHash(c.body));
  const buckets = new Map<string, number[]>();
  const problems: ContentProblem[] = [];
  const reported = new Set<number>();
  hashes.forEach((hash, i) => {
    if (!hash) return;
    const bands = [hash[0] & 0xffff, hash[0] >>> 16, hash[1] & 0xffff, hash[1] >>> 16];
    let match: number | undefined;
    bands.forEach((band, b) => {
      const key = `${b}:${band}`;
      const bucket = buckets.get(key);
      if (bucket && match === undefined) {
        match = bucket.find((j) => {
          const other = hashes[j];
          return other !== undefined && hammingDistance(hash, other) <= maxDistance;
        });
      }
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    if (match !== undefined && !reported.has(i)) {
      reported.add(i);
      const claim = claims[i]!;
      const earlier = claims[match]!;
      problems.push({
        file: claim.file,
        field: 'body',
        severity: 'warning',
        line: claim.line,
        column: 1,
        message: `正文与 ${earlier.file} 几乎相同。The body is a near-duplicate of ${earlier.file}: the same article reprinted twice? Delete one, or keep both if they really differ.`,
      });
    }
  });
  return problems;
}
