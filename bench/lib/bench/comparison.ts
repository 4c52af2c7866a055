import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './steps.ts';

/**
 * A comparison site built in the same run, on the same corpus: its generator's build, then the
 * Pagefind CLI (the project's pinned version) over the output, as such a site publishes.
 */
export interface ComparisonRun {
  /** The generator and its version, e.g. `Hugo 0.111.3`. */
  name: string;
  pages: { ms: number; cpuMs: number; peakRss: number };
  search: { ms: number; cpuMs: number; peakRss: number };
  /** Both, one after the other. */
  totalMs: number;
  peakRss: number;
  htmlPages: number;
}

/** Runs a site's build command in `dir`, then the Pagefind CLI over `dir/outDir`, timing each. */
export async function buildThenIndex(
  name: string,
  build: { command: string; args: string[]; env?: Record<string, string> },
  { dir, outDir, pagefindBin, verbose }: { dir: string; outDir: string; pagefindBin: string; verbose: boolean },
): Promise<ComparisonRun> {
  const pages = await runCommand(build.command, build.args, dir, build.env ?? {}, verbose);
  if (pages.status !== 0) throw new Error(`${name} build exited with ${pages.status}:\n${pages.lines.map((l) => l.text).join('\n')}`);
  const search = await runCommand(pagefindBin, ['--site', outDir, '--force-language', 'zh-cn'], dir, {}, verbose);
  if (search.status !== 0) throw new Error(`pagefind exited with ${search.status}:\n${search.lines.map((l) => l.text).join('\n')}`);
  const usage = (r: typeof pages) => ({ ms: r.ms, cpuMs: r.cpuMs, peakRss: r.peakRss });
  return {
    name,
    pages: usage(pages),
    search: usage(search),
    totalMs: pages.ms + search.ms,
    peakRss: Math.max(pages.peakRss, search.peakRss),
    htmlPages: readdirSync(join(dir, outDir), { recursive: true }).filter((f) => String(f).endsWith('.html')).length,
  };
}
