import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { watchTree } from './rss.ts';
import type { TimedLine } from './phases.ts';

export interface StepResult {
  status: number | null;
  /** Wall time in ms. */
  ms: number;
  /** Peak RSS of the process and all its children, in bytes. */
  peakRss: number;
  /** CPU time (user + system) of the process tree, in ms: steadier than wall time on a busy machine. */
  cpuMs: number;
  lines: TimedLine[];
}

/** Runs `node …args` in `cwd`, timing every output line, sampling the process tree's memory and counting its CPU time. */
export function runNode(args: string[], cwd: string, env: Record<string, string>, echo = false): Promise<StepResult> {
  return runCommand(process.execPath, args, cwd, env, echo);
}

/** Runs any command the way `runNode` runs Node: timed lines, peak RSS and CPU time of its process tree. */
export function runCommand(command: string, args: string[], cwd: string, env: Record<string, string>, echo = false): Promise<StepResult> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tree = watchTree(child.pid ?? 0);
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ at: performance.now() - started, text });
      if (echo) process.stderr.write(`  │ ${text}\n`);
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const { peakRss, cpuMs } = tree.stop();
      lines.sort((a, b) => a.at - b.at);
      resolve({ status, ms: performance.now() - started, peakRss, cpuMs, lines });
    });
  });
}
