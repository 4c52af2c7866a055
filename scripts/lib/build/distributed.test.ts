import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distributedBuildFromArgs } from './distributed.ts';

describe('distributedBuildFromArgs', () => {
  const env = { ZHUANZAI_PARTS_DIR: '/ci/parts' };

  test('returns undefined for a one-machine build', () => {
    expect(distributedBuildFromArgs([], env)).toBeUndefined();
    expect(distributedBuildFromArgs(['--full'], env)).toBeUndefined();
  });

  test('returns a part, written into ZHUANZAI_PARTS_DIR or dist-parts/', () => {
    expect(distributedBuildFromArgs(['--part', '2/4'], env)).toEqual({ kind: 'part', part: { index: 2, count: 4 }, partsDir: '/ci/parts' });
    expect(distributedBuildFromArgs(['--part=1/2'], {})).toEqual({
      kind: 'part',
      part: { index: 1, count: 2 },
      partsDir: resolve('dist-parts'),
    });
  });

  test('returns an assembly of the named folder, else of the parts folder', () => {
    expect(distributedBuildFromArgs(['--assemble', '/tmp/p'], env)).toEqual({ kind: 'assemble', partsDir: '/tmp/p' });
    expect(distributedBuildFromArgs(['--assemble'], env)).toEqual({ kind: 'assemble', partsDir: '/ci/parts' });
  });

  test('refuses a part without K/N, and both steps at once', () => {
    expect(() => distributedBuildFromArgs(['--part'], env)).toThrowErrorMatchingInlineSnapshot(
      `[Error: --part takes K/N, part K of N parts with 1 ≤ K ≤ N ≤ 64 (e.g. --part 2/4); got "".]`,
    );
    expect(() => distributedBuildFromArgs(['--part', '1/2', '--assemble', 'x'], env)).toThrowErrorMatchingInlineSnapshot(
      `[Error: --part and --assemble are two steps: build each part with --part K/N, then assemble them with --assemble <dir>.]`,
    );
  });
});
