/**
 * The text of a body as hashed 5-character shingles, and a MinHash signature of them.
 * Only Han characters, Latin letters and digits count (full-width folded to ASCII, letters
 * lower-cased): punctuation, spacing and markup do not make an article different.
 */

/** Shingle length in characters; chosen by measurement (docs/editing.md, "Near-duplicates"). */
export const SHINGLE = 5;
/** Signature length: one minimum per bin of a single hash (one-permutation MinHash). */
export const BINS = 160;
/** Bodies with fewer counted characters than this are too short to call copies. */
export const MIN_CHARS = 60;

function fold(code: number): number {
  if (code >= 0xff10 && code <= 0xff5a) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  const kept =
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a);
  return kept ? code : -1;
}

/** Finalizer of MurmurHash3: spreads a 32-bit value over all bits. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mixes one more character into a shingle's hash (MurmurHash2's step). */
const step = (h: number, c: number) => Math.imul(h ^ c, 0x5bd1e995) ^ (h >>> 15);

/** Reused between bodies, so that hashing 10,000 of them allocates only what it returns. */
let scratch = new Uint32Array(4096);

/** The hash of every shingle of a body, in text order (repeats included); undefined when the body is too short to compare. */
export function bodyToShingles(body: string): Uint32Array | undefined {
  // image and link targets are addresses, not text: two copies of one article point at different files
  const text = body.includes('](') ? body.replace(/!\[[^\]]*\]\([^)]*\)/gu, '').replace(/\]\([^)]*\)/gu, ']') : body;
  if (scratch.length < text.length) scratch = new Uint32Array(text.length * 2);
  const hashes = scratch;
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  let kept = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c4 = fold(text.charCodeAt(i));
    if (c4 < 0) continue;
    if (++kept >= SHINGLE) hashes[n++] = fmix(step(step(step(step(step(0x9747b28c, c0), c1), c2), c3), c4));
    c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
  }
  return kept < MIN_CHARS ? undefined : hashes.slice(0, n);
}

/** The distinct values of a list of shingle hashes, sorted: the set that exact comparisons use. */
export function shinglesToSet(shingles: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(shingles).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i]!;
  return sorted.slice(0, unique);
}

/**
 * One-permutation MinHash: a shingle's hash chooses its bin, a mix of it is its value,
 * and each bin keeps its minimum. The share of equal bins of two signatures estimates the
 * Jaccard similarity of the shingle sets. An empty bin borrows the next filled one's value
 * (densification), the same way in every copy.
 */
export function shinglesToSignature(shingles: Uint32Array): Uint32Array {
  const EMPTY = 0xffffffff;
  const signature = new Uint32Array(BINS).fill(EMPTY);
  const filled = new Uint8Array(BINS);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i]!;
    const bin = ((h >>> 16) * BINS) >>> 16;
    // a bijection of the hash whose order is independent of the bits that chose the bin
    const value = Math.imul(h, 0x9e3779b1) >>> 0;
    filled[bin] = 1;
    if (value < signature[bin]!) signature[bin] = value;
  }
  for (let b = 0; b < BINS; b++) {
    if (filled[b]) continue;
    for (let d = 1; d < BINS; d++) {
      if (!filled[(b + d) % BINS]) continue;
      signature[b] = fmix(signature[(b + d) % BINS]! ^ Math.imul(d, 0x9e3779b9));
      break;
    }
  }
  return signature;
}

/** Shingles two sorted sets share. */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}
