import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/host-rules.ts';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * `'sha256-…'` of every distinct inline script in the built HTML, for the CSP. Every page is read
 * (a script may be on one page only), as bytes and synchronously: Node's promise-based readFile
 * takes 2.8 s for 12,620 pages where readFileSync takes 0.2 s, and decoding 300 MB of UTF-8 only to
 * find a few scripts costs more. Latin-1 keeps byte offsets, so the pattern finds the scripts and
 * the hash is taken of their UTF-8 bytes, as the browser does.
 */
export function inlineScriptHashes(outDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
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
  }
  return [...hashes].sort();
}

/** What `_headers` needs besides the built pages: the site base and, with a desk, the origins it talks to. */
export interface HostHeadersOptions {
  base: string;
  admin?: { connectOrigins: readonly string[] } | undefined;
}

/**
 * Writes `outDir/_headers` from the built pages: caching rules, security headers with a CSP that
 * allows exactly the inline scripts the pages carry (and the desk's own policy on `/admin/`), and
 * `X-Robots-Tag: noindex` for the tombstones listed in `deadlinks.txt`. scripts/build.ts calls it
 * again on an incremental build's assembled output, where Astro saw only the pages it rendered.
 */
export async function writeHostHeaders(
  outDir: string,
  { base, admin: desk }: HostHeadersOptions,
): Promise<{ scripts: number; noindex: number }> {
  const dead = await readFile(join(outDir, 'deadlinks.txt'), 'utf8').catch(() => '');
  const noindexPaths = dead
    .split('\n')
    .filter(Boolean)
    .map((u) => new URL(u).pathname);
  const scriptHashes = inlineScriptHashes(outDir);
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
  return { scripts: scriptHashes.length, noindex: noindexPaths.length };
}

/** `_headers` after the build (see `writeHostHeaders`). */
export function hostHeadersIntegration(options: { admin?: { connectOrigins: readonly string[] } | undefined } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'zhuanzai:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { scripts, noindex } = await writeHostHeaders(fileURLToPath(dir), { base, admin: options.admin });
        logger.info(`Wrote _headers (${scripts} inline script hash(es), ${noindex} noindex path(s)).`);
      },
    },
  };
}
