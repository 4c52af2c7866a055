import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../setup/astro-build.ts';
import { hashTree } from '../setup/dist.ts';
import { FIXTURE_CONTENT } from '../setup/paths.ts';

describe('two builds of the same content', () => {
  test('produce byte-identical dist folders', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-det-'));
    const env = { ZHUANZAI_NOW: '2024-06-01 12:00' };
    const a = buildSite(FIXTURE_CONTENT, join(dir, 'a'), env);
    const b = buildSite(FIXTURE_CONTENT, join(dir, 'b'), env);
    expect([a.status, b.status]).toEqual([0, 0]);
    const ha = hashTree(join(dir, 'a'));
    const hb = hashTree(join(dir, 'b'));
    expect(ha.size).toBeGreaterThan(60);
    const differing = [...ha.keys()].filter((k) => ha.get(k) !== hb.get(k));
    expect(differing).toEqual([]);
    expect([...hb.keys()].sort()).toEqual([...ha.keys()].sort());
  });
});
