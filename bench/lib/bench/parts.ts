import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyProject } from './project-copy.ts';
import { linesToPhases, type BuildPhases } from './phases.ts';
import { runNode, type StepResult } from './steps.ts';

/** One step of the build in parts: wall and CPU time, peak RSS of its process tree. */
export interface PartStep {
  ms: number;
  cpuMs: number;
  peakRss: number;
  phases: BuildPhases;
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

const summary = (step: StepResult): PartStep => ({
  ms: step.ms,
  cpuMs: step.cpuMs,
  peakRss: step.peakRss,
  phases: linesToPhases(step.lines, step.ms),
});

/**
 * The build in parts as a CI matrix runs it, one part after another on this machine: each part
 * and the assembly start without any cache (the Astro data store, the search shards, Node's
 * compile cache), as each job of a matrix starts on a fresh machine. The assembled site is
 * compared with `dist`.
 */
export async function runParts(options: {
  root: string;
  dist: string;
  env: Record<string, string>;
  count: number;
  verbose: boolean;
  log: (message: string) => void;
}): Promise<PartsRun> {
  const { env, count, log } = options;
  const work = dirname(options.dist);
  // A copy of the project with caches of its own (node_modules/.astro, .cache), emptied before every step.
  const project = join(work, 'project-parts');
  copyProject(options.root, project, { ownCaches: true });
  const fresh = () => {
    for (const cache of ['.astro', '.cache', '.vite']) rmSync(join(project, 'node_modules', cache), { recursive: true, force: true });
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
  for (const dir of ['parts', 'dist-assembled', 'project-parts']) rmSync(join(work, dir), { recursive: true, force: true });
  return { count, parts, assemble, longestMs: Math.max(...parts.map((p) => p.ms)), differing: differing.slice(0, 20) };
}
