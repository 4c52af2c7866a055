import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { treeSample, watchTree } from './rss.ts';

describe('treeSample', () => {
  test('returns the root process with its resident memory', () => {
    const self = treeSample(process.pid).get(process.pid);
    expect(self?.rss).toBeGreaterThan(10 * 1024 * 1024);
    expect(self?.ppid).toBe(process.ppid);
  });

  test('returns children of the root too', async () => {
    const child = spawn('sleep', ['5']);
    await new Promise((resolve) => child.once('spawn', resolve));
    expect(treeSample(process.pid).has(child.pid ?? -1)).toBe(true);
    child.kill();
  });
});

describe('watchTree', () => {
  test('returns a peak at least as large as one sample', () => {
    const now = [...treeSample(process.pid).values()].reduce((sum, p) => sum + p.rss, 0);
    const { peakRss } = watchTree(process.pid).stop();
    expect(peakRss).toBeGreaterThanOrEqual(now * 0.9);
  });
});
