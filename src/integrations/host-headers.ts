import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/host-rules.ts';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** `'sha256-…'` of every distinct inline script in the built HTML, for the CSP. */
export async function inlineScriptHashes(outDir: string): Promise<string[]> {
  const hashes = new Set<string>();
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const html = await readFile(join(outDir, file), 'utf8');
    for (const match of html.matchAll(INLINE_SCRIPT)) {
      const body = match[1] ?? '';
      // JSON-LD and other data blocks are not executed and need no hash.
      if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(match[0])) continue;
      if (body.trim() === '') continue;
      hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
    }
  }
  return [...hashes].sort();
}

/**
 * Writes `_headers` after the build: caching rules, security headers with a CSP that
 * allows exactly the inline scripts the pages carry, and `X-Robots-Tag: noindex` for the
 * tombstones listed in `deadlinks.txt`.
 */
export function hostHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'zhuanzai:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const dead = await readFile(join(outDir, 'deadlinks.txt'), 'utf8').catch(() => '');
        const noindexPaths = dead
          .split('\n')
          .filter(Boolean)
          .map((u) => new URL(u).pathname);
        const scriptHashes = await inlineScriptHashes(outDir);
        await writeFile(join(outDir, '_headers'), headersFile({ base, scriptHashes, noindexPaths }));
        logger.info(`Wrote _headers (${scriptHashes.length} inline script hash(es), ${noindexPaths.length} noindex path(s)).`);
      },
    },
  };
}
