import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject } from '../../bench/lib/bench/project-copy.ts';
import { buildSite } from '../setup/astro-build.ts';
import { hashTree } from '../setup/dist.ts';
import { FIXTURE_CONTENT, ROOT } from '../setup/paths.ts';

const differing = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => a.get(k) !== b.get(k));

describe('builds of the same content', () => {
  test(
    'are byte for byte the same from cold caches in two fresh copies of the project, and again from a warm cache',
    { timeout: 300_000 },
    () => {
      // Two clones at different paths, each with no node_modules/.cache, node_modules/.astro or .astro of its own.
      const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-det-'));
      const env = { ZHUANZAI_NOW: '2024-06-01 12:00' };
      for (const clone of ['a', 'clone-b']) copyProject(ROOT, join(dir, clone), { ownCaches: true });
      const a = buildSite(FIXTURE_CONTENT, join(dir, 'a', 'dist'), env, join(dir, 'a'));
      const b = buildSite(FIXTURE_CONTENT, join(dir, 'clone-b', 'dist'), env, join(dir, 'clone-b'));
      // The second build of the first clone reads the caches the first one wrote.
      const warm = buildSite(FIXTURE_CONTENT, join(dir, 'a', 'dist-warm'), env, join(dir, 'a'));
      expect([a.status, b.status, warm.status]).toEqual([0, 0, 0]);
      expect(a.output).toContain('Full build (no earlier build recorded).');
      const [ha, hb, hw] = [join(dir, 'a', 'dist'), join(dir, 'clone-b', 'dist'), join(dir, 'a', 'dist-warm')].map(hashTree);
      expect(ha!.size).toBeGreaterThan(60);
      expect([differing(ha!, hb!), differing(ha!, hw!)]).toEqual([[], []]);
      expect([[...hb!.keys()].sort(), [...hw!.keys()].sort()]).toEqual([[...ha!.keys()].sort(), [...ha!.keys()].sort()]);
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
