import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
const TICK_MS = 10; // USER_HZ is 100 on Linux

interface ProcSample {
  ppid: number;
  rss: number;
  /** utime + stime so far, in ms. */
  cpuMs: number;
}

function readProcs(): Map<number, ProcSample> {
  const procs = new Map<number, ProcSample>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which may hold spaces: state(0) ppid(1) … utime(11) stime(12) … rss(21).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    procs.set(Number(name), {
      ppid: Number(f[1]),
      rss: Number(f[21]) * PAGE,
      cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS,
    });
  }
  return procs;
}

/** The processes of the tree under `root` (included), with their current figures. */
export function treeSample(root: number): Map<number, ProcSample> {
  const procs = readProcs();
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) {
    const list = children.get(p.ppid) ?? [];
    list.push(pid);
    children.set(p.ppid, list);
  }
  const tree = new Map<number, ProcSample>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? root;
    const p = procs.get(pid);
    if (p) tree.set(pid, p);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Samples the process tree under `root` every `intervalMs` until stopped. Returns the peak of
 * the summed RSS, and the CPU time (user + system) of every process seen, as last sampled: a
 * process's last interval before it exits is missed.
 */
export function watchTree(root: number, intervalMs = 200): { stop: () => { peakRss: number; cpuMs: number } } {
  let peakRss = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    let rss = 0;
    for (const [pid, p] of treeSample(root)) {
      rss += p.rss;
      cpu.set(pid, p.cpuMs);
    }
    peakRss = Math.max(peakRss, rss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRss, cpuMs: [...cpu.values()].reduce((a, b) => a + b, 0) };
    },
  };
}
