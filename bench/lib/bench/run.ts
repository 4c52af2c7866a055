import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { instantToArticleDate } from '../../../src/lib/dates.ts';
import { addNewArticles, generateCorpus, type CorpusStats } from './corpus.ts';
import { addCopiedArticles, copyCorpus } from './given-corpus.ts';
import { measureFirstQuery, measureSearchPage, type FirstQuery } from './first-query.ts';
import { runAstroMinimal, writeAstroMinimal } from './astro-minimal.ts';
import type { ComparisonRun } from './comparison.ts';
import { hugoCommand, runHugo, writeHugoProject } from './hugo.ts';
import { linesToPhases, type BuildPhases } from './phases.ts';
import { runParts, type PartsRun } from './parts.ts';
import { plantProbes } from './probes.ts';
import { copyProject } from './project-copy.ts';
import { runNode, type StepResult } from './steps.ts';

export interface BenchOptions {
  n: number;
  seed: number;
  /** Search queries typed into the search page in Chromium; the first is also run on Pagefind alone. */
  queries: readonly string[];
  /** Keep the temporary folder (corpus, dist, profiles). */
  keep: boolean;
  /** Write a V8 CPU profile of `astro build` into the temporary folder. */
  cpuProf: boolean;
  /** The old corpus: plain-prose bodies only (the default carries the importer's Markdown constructs). */
  plain?: boolean;
  /** A content folder to build instead of a generated corpus (`--corpus`): a real archive, or another generator's. */
  corpus?: string;
  /** After the cold build, edit one article and build again with the caches kept; then add ten new articles and build again. */
  rebuild: boolean;
  /** Search index split, passed to the build as `ZHUANZAI_SEARCH_SHARDS`. */
  shards: 'auto' | 'none' | 'year';
  /** Echo build output. */
  verbose: boolean;
  /** Also build minimal sites of the same corpus (Hugo, Astro) and index each with the Pagefind CLI. */
  compare?: readonly ('hugo' | 'astro')[];
  /** Also build the site in this many parts, one after another, each cold, and assemble them (`--part K/N`, `--assemble`). */
  parts?: number;
}

export interface BuildRun {
  /** Check plus build, in ms. */
  ms: number;
  /** Peak RSS of the whole process tree over check and build, in bytes. */
  peakRss: number;
  checkMs: number;
  buildMs: number;
  /** CPU time (user + system) of check and build with their children, in ms. */
  cpuMs: number;
  phases: BuildPhases;
}

export interface BenchResult {
  n: number;
  seed: number;
  shards: 'auto' | 'none' | 'year';
  /** Bundles the build wrote (`/pagefind/shards.json`). */
  searchShards: number;
  node: string;
  /** Load averages (1, 5, 15 min) before the cold build: other work on the machine skews the times. */
  loadavg: number[];
  corpus: CorpusStats & { generateMs: number };
  cold: BuildRun;
  rebuild?: BuildRun;
  /** The build after ten new articles of the next day were added (after `rebuild`). */
  rebuildAddTen?: BuildRun;
  pages: number;
  distBytes: number;
  index: { bytes: number; files: number };
  firstQuery: FirstQuery;
  /** The same query over the newest shard only, when the index has several. */
  firstQueryNewest?: FirstQuery;
  /** Each query typed into the portal's search page: what a reader transfers. */
  searchPages: FirstQuery[];
  /** Minimal sites + the Pagefind CLI on the same corpus, in the same run (`--compare hugo,astro`). */
  hugo?: ComparisonRun;
  astroMinimal?: ComparisonRun;
  /** The build in parts (`--parts N`). */
  parts?: PartsRun;
  workDir?: string;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

function folderStats(dir: string): { bytes: number; files: number; html: number } {
  const stats = { bytes: 0, files: 0, html: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    stats.bytes += statSync(join(entry.parentPath, entry.name)).size;
    stats.files += 1;
    if (entry.name.endsWith('.html')) stats.html += 1;
  }
  return stats;
}

function failed(step: string, result: StepResult): Error {
  const tail = result.lines
    .slice(-30)
    .map((l) => l.text)
    .join('\n');
  return new Error(`${step} exited with ${result.status}:\n${tail}`);
}

/** The production build, exactly as `npm run build` runs it: content check, then pages and search index together. */
async function productionBuild(project: string, env: Record<string, string>, options: BenchOptions, profDir?: string): Promise<BuildRun> {
  // Through NODE_OPTIONS the Astro child is profiled too, beside the build script.
  const profEnv = profDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}` } : {};
  const build = await runNode(['scripts/build.ts'], project, { ...env, ...profEnv }, options.verbose);
  if (build.status !== 0) throw failed('npm run build', build);
  if (profDir !== undefined || options.keep) {
    const text = build.lines.map((l) => `${(l.at / 1000).toFixed(3).padStart(9)}  ${l.text}`).join('\n');
    appendFileSync(join(project, '..', 'build.log'), `${text}\n`);
  }
  const phases = linesToPhases(build.lines, build.ms);
  return { ms: build.ms, peakRss: build.peakRss, checkMs: phases.check, buildMs: build.ms - phases.check, cpuMs: build.cpuMs, phases };
}

export async function runBench(root: string, options: BenchOptions): Promise<BenchResult> {
  const work = mkdtempSync(join(tmpdir(), `zhuanzai-bench-${options.corpus !== undefined ? 'corpus' : options.n}-`));
  const project = join(work, 'project');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  // astro.config.mjs keys the content cache by the content folder: remove it afterwards.
  const cache = join(root, 'node_modules', '.astro', createHash('sha256').update(resolve(content)).digest('hex').slice(0, 12));
  try {
    const t0 = performance.now();
    let corpus: CorpusStats;
    if (options.corpus !== undefined) {
      log(`copying the content folder ${options.corpus} to ${work}`);
      corpus = copyCorpus(options.corpus, content);
    } else {
      log(`generating ${options.n} ${options.plain ? 'plain-prose' : 'representative'} articles (seed ${options.seed}) in ${work}`);
      corpus = generateCorpus({ dir: content, n: options.n, seed: options.seed, plain: options.plain ?? false });
      plantProbes(join(content, 'articles'));
    }
    log(`${corpus.fastPath} of ${corpus.articles} bodies take the fast path, ${corpus.articles - corpus.fastPath} the unified pipeline`);
    const generateMs = performance.now() - t0;
    copyProject(root, project);
    const env = {
      ZHUANZAI_CONTENT_DIR: content,
      ZHUANZAI_OUT_DIR: dist,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ZHUANZAI_SEARCH_SHARDS: options.shards,
      // One publication moment for every build of the run: the parts and the assembly must agree on it.
      ZHUANZAI_NOW: instantToArticleDate(new Date()),
    };

    const load = loadavg().map((l) => Math.round(l * 100) / 100);
    log(`cold build: npm run build (content check, pages and search index) (load average ${load.join(' ')})`);
    const cold = await productionBuild(project, env, options, options.cpuProf ? join(work, 'profiles') : undefined);
    log(`cold build done in ${(cold.ms / 1000).toFixed(1)} s`);
    const distStats = folderStats(dist);
    const indexStats = folderStats(join(dist, 'pagefind'));
    const [query = ''] = options.queries;
    log(`first query "${query}" in Chromium`);
    const firstQuery = await measureFirstQuery(dist, query);
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { shards: unknown[] };
    const searchShards = manifest.shards.length;
    const firstQueryNewest = searchShards > 1 ? await measureFirstQuery(dist, query, 1) : undefined;
    const searchPages: FirstQuery[] = [];
    for (const q of options.queries) searchPages.push(await measureSearchPage(dist, q));

    let parts: PartsRun | undefined;
    if (options.parts !== undefined) {
      log(`build in ${options.parts} parts, one after another, each cold, then the assembly`);
      parts = await runParts({ root, dist, env, count: options.parts, verbose: options.verbose, log });
      log(`longest part ${(parts.longestMs / 1000).toFixed(1)} s; ${parts.differing.length} file(s) differ from the one-machine build`);
    }

    let rebuild: BuildRun | undefined;
    let rebuildAddTen: BuildRun | undefined;
    if (options.rebuild) {
      log('rebuild after editing one article');
      const first = readdirSync(join(content, 'articles'), { recursive: true }).find((f) => String(f).endsWith('.md'));
      appendFileSync(join(content, 'articles', String(first)), '\n编者按：本文有修改。\n');
      rebuild = await productionBuild(project, env, options);
      log(`rebuild done in ${(rebuild.ms / 1000).toFixed(1)} s`);
      log('rebuild after adding ten articles of the next day');
      if (options.corpus !== undefined) addCopiedArticles(content, 10);
      else addNewArticles(content, options.seed, options.n, 10);
      rebuildAddTen = await productionBuild(project, env, options);
      log(`rebuild done in ${(rebuildAddTen.ms / 1000).toFixed(1)} s`);
    }
    const pagefindBin = join(root, 'node_modules', '.bin', 'pagefind');
    let hugo: ComparisonRun | undefined;
    if (options.compare?.includes('hugo')) {
      const command = hugoCommand();
      if (!command) throw new Error('--compare hugo needs Hugo: install it (Debian: apt-get install hugo) or set HUGO_PATH.');
      log('Hugo + Pagefind CLI on the same corpus');
      writeHugoProject(content, join(work, 'hugo'));
      hugo = await runHugo(command, join(work, 'hugo'), pagefindBin, options.verbose);
      log(`Hugo + Pagefind done in ${(hugo.totalMs / 1000).toFixed(1)} s`);
    }
    let astroMinimal: ComparisonRun | undefined;
    if (options.compare?.includes('astro')) {
      log('minimal Astro site + Pagefind CLI on the same corpus');
      writeAstroMinimal(content, join(work, 'astro-minimal'), join(root, 'node_modules'));
      astroMinimal = await runAstroMinimal(join(work, 'astro-minimal'), pagefindBin, options.verbose);
      log(`minimal Astro + Pagefind done in ${(astroMinimal.totalMs / 1000).toFixed(1)} s`);
    }
    return {
      n: corpus.articles,
      seed: options.seed,
      shards: options.shards,
      node: process.version,
      loadavg: load,
      corpus: { ...corpus, generateMs },
      cold,
      ...(rebuild ? { rebuild } : {}),
      ...(rebuildAddTen ? { rebuildAddTen } : {}),
      pages: distStats.html,
      distBytes: distStats.bytes,
      index: { bytes: indexStats.bytes, files: indexStats.files },
      firstQuery,
      ...(firstQueryNewest ? { firstQueryNewest } : {}),
      searchPages,
      searchShards,
      ...(hugo ? { hugo } : {}),
      ...(astroMinimal ? { astroMinimal } : {}),
      ...(parts ? { parts } : {}),
      ...(options.keep ? { workDir: work } : {}),
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}
