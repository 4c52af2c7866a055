import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BINS, bodyToShingles, shinglesToSignature } from './checks/shingles.ts';

/**
 * The near-duplicate check's MinHash signatures kept between runs, by the SHA-1 of each body:
 * hashing a body costs a fraction of shingling it (at 100,000 articles the signatures are
 * ~11 s of a 26 s check, their hashes ~0.5 s). The file is named by the shingling code itself
 * (shingles.ts), so a change to how bodies are shingled starts an empty cache; a file that is
 * short, long or of another version is ignored and written anew. It keeps only the bodies of
 * the last run, and is replaced by rename, never written in place.
 */

const MAGIC = 'zhuanzai-signatures-1';
const KEY = 20;
const ENTRY = KEY + BINS * 4;

/** Computes a body's signature: undefined when the body is too short to compare. */
export type SignatureOf = (body: string) => Uint32Array | undefined;

export const computeSignature: SignatureOf = (body) => {
  const shingles = bodyToShingles(body);
  return shingles && shinglesToSignature(shingles);
};

const codeVersion = (() => {
  let memo: Buffer | undefined;
  return () => {
    memo ??= createHash('sha256')
      .update(MAGIC)
      .update(readFileSync(new URL('./checks/shingles.ts', import.meta.url)))
      .digest();
    return memo;
  };
})();

/**
 * Where the check keeps its signatures: `ZHUANZAI_CHECK_CACHE`, else
 * `node_modules/.cache/zhuanzai/check/` keyed by the content folder.
 */
export function signatureCacheFile(root: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['ZHUANZAI_CHECK_CACHE'];
  const folder = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);
  return configured
    ? join(resolve(configured), folder, 'signatures.bin')
    : join(root, 'node_modules', '.cache', 'zhuanzai', 'check', folder, 'signatures.bin');
}

export interface SignatureCache {
  signatureOf: SignatureOf;
  /** Bodies found in the cache and bodies signed anew in this run. */
  stats(): { hits: number; misses: number };
  /** Writes the signatures of this run's bodies, when they differ from what the file holds. */
  save(): void;
}

function readEntries(file: string): Map<string, Uint32Array> {
  const entries = new Map<string, Uint32Array>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return entries;
  }
  const version = codeVersion();
  const header = version.length + 4;
  if (bytes.length < header || !bytes.subarray(0, version.length).equals(version)) return entries;
  const count = bytes.readUInt32LE(version.length);
  if (bytes.length !== header + count * ENTRY) return entries;
  // One copy, aligned for Uint32Array views; the views then share it.
  const values = new Uint32Array(count * BINS);
  for (let i = 0; i < count; i++) {
    const at = header + i * ENTRY;
    const signature = values.subarray(i * BINS, (i + 1) * BINS);
    for (let b = 0; b < BINS; b++) signature[b] = bytes.readUInt32LE(at + KEY + b * 4);
    entries.set(bytes.toString('latin1', at, at + KEY), signature);
  }
  return entries;
}

/** Opens the cache file (a missing or unusable file is an empty cache). */
export function openSignatureCache(file: string): SignatureCache {
  const stored = readEntries(file);
  const used = new Map<string, Uint32Array>();
  let hits = 0;
  let misses = 0;
  return {
    signatureOf(body) {
      const key = createHash('sha1').update(body).digest().toString('latin1');
      const known = used.get(key) ?? stored.get(key);
      if (known) {
        hits++;
        used.set(key, known);
        return known;
      }
      const signature = computeSignature(body);
      // Short bodies have none: they are cheap to find short again and are not kept.
      if (signature) {
        misses++;
        used.set(key, signature);
      }
      return signature;
    },
    stats: () => ({ hits, misses }),
    save() {
      if (misses === 0 && used.size === stored.size) return;
      const version = codeVersion();
      const bytes = Buffer.alloc(version.length + 4 + used.size * ENTRY);
      version.copy(bytes, 0);
      bytes.writeUInt32LE(used.size, version.length);
      let at = version.length + 4;
      for (const [key, signature] of used) {
        bytes.write(key, at, KEY, 'latin1');
        for (let b = 0; b < BINS; b++) bytes.writeUInt32LE(signature[b]!, at + KEY + b * 4);
        at += ENTRY;
      }
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(temporary, bytes);
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written costs time on the next run, nothing else.
        rmSync(temporary, { force: true });
      }
    },
  };
}
