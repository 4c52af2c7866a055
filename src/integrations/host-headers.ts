import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/host-rules.ts';
import { isPartialBuild } from '../lib/partial-build.ts';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * `'sha256-…'` of every distinct inline script in the built HTML, for the CSP. Every page is read
 * (a script may be on one page only), as bytes and synchronously: Node's promise-based readFile
 * takes 2.8 s for 12,620 pages where readFileSync takes 0.2 s, and decoding 300 MB of UTF-8 only to
 * find a few scripts costs more. Latin-1 keeps byte offsets, so the pattern finds the scripts and
 * the hash is taken of their UTF-8 bytes, as the browser does.
 */
export function inlineScriptHashes(outDir: string): string[] {
  return indexToHashes(scriptIndex(outDir));
}

/** The inline-script hashes of each HTML file of an output folder, by path relative to it. */
export type ScriptIndex = Map<string, readonly string[]>;

/**
 * The `inlineScriptHashes` of every HTML file of `outDir`, file by file; a file `known` names is
 * not read again (an incremental build knows the files it kept from the previous output). `files`:
 * the folder's files by path relative to it, when the caller knows them (else the folder is read).
 */
export function scriptIndex(outDir: string, known: ScriptIndex = new Map(), files?: readonly string[]): ScriptIndex {
  const index: ScriptIndex = new Map();
  for (const file of files ?? readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const seen = known.get(file);
    if (seen) {
      index.set(file, seen);
      continue;
    }
    const hashes = new Set<string>();
    const bytes = readFileSync(join(outDir, file));
    for (const match of bytes.toString('latin1').matchAll(INLINE_SCRIPT)) {
      // JSON-LD and other data blocks are not executed and need no hash.
      if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(match[0])) continue;
      const bodyLength = match[1]?.length ?? 0;
      const start = match.index + match[0].length - '</script>'.length - bodyLength;
      const body = bytes.subarray(start, start + bodyLength);
      if (body.toString('utf8').trim() === '') continue;
      hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
    }
    index.set(file, [...hashes].sort());
  }
  return index;
}

function indexToHashes(index: ScriptIndex): string[] {
  const hashes = new Set<string>();
  for (const list of index.values()) for (const h of list) hashes.add(h);
  return [...hashes].sort();
}

/** A `ScriptIndex` as JSON: the files grouped by their list of hashes (most pages carry the same ones). */
export function scriptIndexToRecord(index: ScriptIndex): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const [file, hashes] of index) (groups[hashes.join(' ')] ??= []).push(file);
  return groups;
}

export function recordToScriptIndex(record: Record<string, readonly string[]> | undefined): ScriptIndex {
  const index: ScriptIndex = new Map();
  for (const [key, files] of Object.entries(record ?? {})) {
    const hashes = key === '' ? [] : key.split(' ');
    for (const file of files) index.set(file, hashes);
  }
  return index;
}

/** What `_headers` needs besides the built pages: the site base and, with a desk, the origins it talks to. */
export interface HostHeadersOptions {
  base: string;
  admin?: { connectOrigins: readonly string[] } | undefined;
  /** Files whose inline scripts are known (see `scriptIndex`). */
  known?: ScriptIndex;
}

/**
 * Writes `outDir/_headers` from the built pages: caching rules, security headers with a CSP that
 * allows exactly the inline scripts the pages carry (and the desk's own policy on `/admin/`), and
 * `X-Robots-Tag: noindex` for the tombstones listed in `deadlinks.txt`. scripts/build.ts calls it
 * again on an incremental build's assembled output, where Astro saw only the pages it rendered.
 */
export async function writeHostHeaders(
  outDir: string,
  { base, admin: desk, known }: HostHeadersOptions,
): Promise<{ scripts: number; noindex: number; index: ScriptIndex }> {
  const dead = await readFile(join(outDir, 'deadlinks.txt'), 'utf8').catch(() => '');
  const noindexPaths = dead
    .split('\n')
    .filter(Boolean)
    .map((u) => new URL(u).pathname);
  const index = scriptIndex(outDir, known);
  const scriptHashes = indexToHashes(index);
  const admin = desk && {
    connectOrigins: desk.connectOrigins,
    // The search index (`pagefind/`) is added by scripts/build.ts after this hook.
    topLevel: [
      ...new Set([
        ...readdirSync(outDir, { withFileTypes: true })
          .filter((e) => e.name !== '_headers')
          .map((e) => (e.isDirectory() ? `${e.name}/` : e.name)),
        'pagefind/',
      ]),
    ],
  };
  await writeFile(join(outDir, '_headers'), headersFile({ base, scriptHashes, noindexPaths, admin }));
  return { scripts: scriptHashes.length, noindex: noindexPaths.length, index };
}

/**
 * `_headers` after the build (see `writeHostHeaders`), with the script index in the file
 * `ZHUANZAI_SCRIPT_INDEX` names, for the next incremental build. An incremental build writes
 * neither here: scripts/build.ts writes both over the assembled output, or keeps them.
 */
export function hostHeadersIntegration(options: { admin?: { connectOrigins: readonly string[] } | undefined } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'zhuanzai:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (isPartialBuild()) return;
        const { scripts, noindex, index } = await writeHostHeaders(fileURLToPath(dir), { base, admin: options.admin });
        const indexFile = process.env['ZHUANZAI_SCRIPT_INDEX'];
        if (indexFile) writeFileSync(indexFile, JSON.stringify(scriptIndexToRecord(index)));
        logger.info(`Wrote _headers (${scripts} inline script hash(es), ${noindex} noindex path(s)).`);
      },
    },
  };
}
