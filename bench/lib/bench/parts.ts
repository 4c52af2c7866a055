import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { searchCacheRoot } from '../../../scripts/lib/search-index/index.ts';
import { runNode, type StepResult } from './steps.ts';

/** One step of the build in parts: wall and CPU time, peak RSS of its process tree. */
export interface PartStep {
  ms: number;
  cpuMs: number;
  peakRss: number;
}

export interface PartsRun {
  count: number;
  parts: PartStep[];
  assemble: PartStep;
  /** The longest part: what a matrix of N machines waits for before the assembly. */
  longestMs: number;
  /** Files that differ between the assembled `dist/` and the one-machine build's (none expected). */
  differing: string[];
}

function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

const summary = (step: StepResult): PartStep => ({ ms: step.ms, cpuMs: step.cpuMs, peakRss: step.peakRss });

/**
 * The build in parts as a CI matrix runs it, one part after another on this machine: each part
 * and the assembly start without the Astro data store and search cache the others left (each
 * job of a matrix starts on a fresh machine). The assembled site is compared with `dist`.
 */
export async function runParts(options: {
  root: string;
  project: string;
  content: string;
  dist: string;
  /** The Astro data-store cache of this content folder (astro.config.mjs's `cacheDir`). */
  astroCache: string;
  env: Record<string, string>;
  count: number;
  verbose: boolean;
  log: (message: string) => void;
}): Promise<PartsRun> {
  const { project, content, env, count, log } = options;
  const work = dirname(options.dist);
  const searchCache = dirname(searchCacheRoot(options.root, content, 'none'));
  const fresh = () => {
    rmSync(options.astroCache, { recursive: true, force: true });
    rmSync(searchCache, { recursive: true, force: true });
  };
  const partEnv = { ...env, ZHUANZAI_PARTS_DIR: join(work, 'parts'), ZHUANZAI_OUT_DIR: join(work, 'dist-assembled') };
  const step = async (args: string[], name: string) => {
    fresh();
    const run = await runNode(['scripts/build.ts', ...args], project, partEnv, options.verbose);
    if (run.status !== 0)
      throw new Error(
        `${name} exited with ${run.status}:\n${run.lines
          .slice(-30)
          .map((l) => l.text)
          .join('\n')}`,
      );
    log(`${name} done in ${(run.ms / 1000).toFixed(1)} s`);
    return summary(run);
  };
  const parts: PartStep[] = [];
  for (let k = 1; k <= count; k++) parts.push(await step(['--part', `${k}/${count}`], `part ${k} of ${count}`));
  const assemble = await step(['--assemble', join(work, 'parts')], 'assembly');
  fresh();
  const one = treeHashes(options.dist);
  const assembled = treeHashes(join(work, 'dist-assembled'));
  const differing = [...new Set([...one.keys(), ...assembled.keys()])].filter((k) => one.get(k) !== assembled.get(k)).sort();
  rmSync(join(work, 'parts'), { recursive: true, force: true });
  rmSync(join(work, 'dist-assembled'), { recursive: true, force: true });
  return { count, parts, assemble, longestMs: Math.max(...parts.map((p) => p.ms)), differing: differing.slice(0, 20) };
}
