import type { ContentProblem } from '../../../../src/schemas/problems.ts';
import { computeSignature, type SignatureOf } from '../signature-cache.ts';
import { BINS, bodyToShingles, sharedShingles, shinglesToSet } from './shingles.ts';

export interface BodyClaim {
  file: string;
  line: number;
  body: string;
  /** Sort key: the earlier reprint is the one kept, the later is reported. */
  date?: string | undefined;
}

/**
 * Share of the shorter body's shingles that the other body also has, from which two bodies
 * are one article. Measured on the generated set (near-duplicate-set.ts): edited copies share
 * at least 0.88, distinct reports from one template at most 0.58 (pinned in its test).
 */
export const MIN_SHARED = 0.7;
/** LSH: the 160 signature values in 32 bands of 5; a pair is a candidate when one band is equal. */
const ROWS = 5;
const BANDS = BINS / ROWS;
/** Candidates whose signatures estimate a Jaccard similarity below this are not compared exactly. */
const MIN_ESTIMATE = 0.4;

export interface NearDuplicate {
  later: BodyClaim;
  earlier: BodyClaim;
  /** Share of the shorter body found in the other, 0–1. */
  shared: number;
}

function bandKey(signature: Uint32Array, band: number): number {
  let h = band;
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++) h = Math.imul(h ^ signature[r]!, 0x5bd1e995) ^ (h >>> 13);
  return h >>> 0;
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) equal++;
  return equal / BINS;
}

/**
 * Every body that repeats an earlier one: MinHash signatures bucketed by LSH bands find the
 * candidates without comparing all pairs, and each candidate is then measured exactly on its
 * shingle sets. Each later body is paired with the earlier body it shares most with.
 * `signatureOf` may take signatures from a cache (signature-cache.ts); the pairs are the same.
 */
export function findNearDuplicatePairs(unsorted: readonly BodyClaim[], signatureOf: SignatureOf = computeSignature): NearDuplicate[] {
  const claims = [...unsorted].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
  // shingles are not kept: 10,000 bodies' worth is tens of megabytes; candidates hash theirs again
  const signatures = claims.map((c) => signatureOf(c.body));
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  const seen = new Int32Array(claims.length).fill(-1);
  // exact shingle sets are built for candidates only: sorting every body's shingles would double the check's time
  const sets = new Map<number, Uint32Array>();
  const setOf = (i: number) => sets.get(i) ?? sets.set(i, shinglesToSet(bodyToShingles(claims[i]!.body)!)).get(i)!;
  const pairs: NearDuplicate[] = [];
  signatures.forEach((signature, i) => {
    if (!signature) return;
    let best: { j: number; shared: number } | undefined;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = buckets[band]!.get(key);
      if (!bucket) {
        buckets[band]!.set(key, [i]);
        continue;
      }
      for (const j of bucket) {
        if (seen[j] === i) continue;
        seen[j] = i;
        if (estimate(signature, signatures[j]!) < MIN_ESTIMATE) continue;
        const [mine, theirs] = [setOf(i), setOf(j)];
        const shared = sharedShingles(mine, theirs) / Math.min(mine.length, theirs.length);
        if (shared >= MIN_SHARED && (!best || shared > best.shared)) best = { j, shared };
      }
      bucket.push(i);
    }
    if (best) pairs.push({ later: claims[i]!, earlier: claims[best.j]!, shared: best.shared });
  });
  return pairs;
}

/**
 * Near-duplicate bodies as warnings on the later file. With `reported` (the files the editor
 * named), a pair whose later file is not named is reported on the earlier one instead.
 */
export function findNearDuplicates(
  claims: readonly BodyClaim[],
  reported?: (file: string) => boolean,
  signatureOf?: SignatureOf,
): ContentProblem[] {
  return findNearDuplicatePairs(claims, signatureOf).map(({ later, earlier, shared }) => {
    const [on, other] = reported && !reported(later.file) && reported(earlier.file) ? [earlier, later] : [later, earlier];
    const percent = Math.floor(shared * 100);
    return {
      file: on.file,
      field: 'body',
      severity: 'warning',
      line: on.line,
      column: 1,
      message: `正文与 ${other.file} 约 ${percent}% 相同。The body is about ${percent}% the same as ${other.file}: the same article reprinted twice? Delete one, or keep both if they really differ.`,
    };
  });
}
