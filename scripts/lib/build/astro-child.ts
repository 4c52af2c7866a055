import { spawn } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { PagePlan } from '../../../src/lib/partial-build.ts';

/** The files an Astro build started by a build script writes or reads, beside its staging folder. */
export interface AstroFiles {
  /** Astro's output folder. */
  out: string;
  /** The page plan (`ZHUANZAI_BUILD_PLAN`, src/lib/partial-build.ts). */
  plan: string;
  /** Sitemap entries from the checked articles (`ZHUANZAI_SITEMAP_ENTRIES`). */
  sitemap: string;
}

export const astroFilesFor = (staging: string): AstroFiles => ({
  out: `${staging}.astro`,
  plan: `${staging}.plan.json`,
  sitemap: `${staging}.sitemap.json`,
});

export interface AstroChild {
  /** Settles with Astro's exit status. */
  exit: Promise<number>;
  /** Lets Astro's output through (held back until the content check has passed). */
  release: () => void;
  /** Writes the plan Astro's pages wait for, and the sitemap entries. */
  plan: (plan: PagePlan, sitemapEntries: Record<string, unknown>) => void;
  /** Ends Astro and removes its files. */
  stop: () => Promise<void>;
}

/**
 * The Node options of an `astro build` the build script starts: half the machine's memory for its
 * heap (Node's default, ~4 GB, is too small for 100,000 articles), after the caller's options. (A
 * larger young generation was tried and dropped: docs/performance.md, 7 December.)
 */
export function astroNodeOptions(env: NodeJS.ProcessEnv = process.env): string {
  const heap = Math.max(4096, Math.floor(totalmem() / 2 ** 21));
  return `${env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heap}`.trim();
}

/**
 * The Node settings of an `astro build` the build scripts start: `astroNodeOptions`, and a compile
 * cache that keeps the compiled code of Astro, Vite and the rest between builds (~1 s less start-up).
 */
export function astroNodeEnv(root: string, env: NodeJS.ProcessEnv = process.env): { NODE_OPTIONS: string; NODE_COMPILE_CACHE: string } {
  return {
    NODE_OPTIONS: astroNodeOptions(env),
    NODE_COMPILE_CACHE: env['NODE_COMPILE_CACHE'] ?? resolve(root, 'node_modules/.cache/zhuanzai/node-compile'),
  };
}

const writeAtomically = (file: string, text: string) => {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};

/**
 * Starts `astro build` at once, while the build script checks the content: Astro's start-up does
 * not depend on the content, and its pages wait for the plan (see scripts/build.ts, which starts
 * it the same way for a one-machine build).
 */
export function startAstro({
  root,
  files,
  now,
  env = {},
}: {
  root: string;
  files: AstroFiles;
  now: string;
  env?: NodeJS.ProcessEnv;
}): AstroChild {
  let released = false;
  const held: [NodeJS.WriteStream, Buffer][] = [];
  const astro = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      ZHUANZAI_OUT_DIR: files.out,
      ZHUANZAI_NOW: now,
      ZHUANZAI_BUILD_PLAN: files.plan,
      ZHUANZAI_SITEMAP_ENTRIES: files.sitemap,
      ...astroNodeEnv(root),
    },
  });
  for (const [from, to] of [
    [astro.stdout, process.stdout],
    [astro.stderr, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => (released ? to.write(chunk) : held.push([to, chunk])));
  }
  const exit = new Promise<number>((done) => astro.on('close', (code) => done(code ?? 1)));
  return {
    exit,
    release: () => {
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    plan: (plan, sitemapEntries) => {
      writeAtomically(files.sitemap, JSON.stringify(sitemapEntries));
      writeAtomically(files.plan, JSON.stringify(plan));
    },
    stop: async () => {
      astro.kill('SIGTERM');
      await exit;
      await Promise.all([files.out, files.plan, files.sitemap].map((p) => rm(p, { recursive: true, force: true })));
    },
  };
}
