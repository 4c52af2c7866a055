import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readParts } from './parts-folder.ts';
import type { PartManifest } from './parts.ts';

const root = mkdtempSync(join(tmpdir(), 'zhuanzai-parts-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, parts: [number, number, boolean][]): string {
  const dir = join(root, name);
  for (const [part, count, finished] of parts) {
    const partDir = join(dir, `part-${part}-of-${count}`);
    mkdirSync(partDir, { recursive: true });
    const manifest: PartManifest = { version: 1, part, parts: count, key: 'k', now: '2024-06-01 12:00', articles: [], shards: [] };
    if (finished) writeFileSync(join(partDir, 'part.json'), JSON.stringify(manifest));
  }
  return dir;
}

describe('readParts', () => {
  test('returns every part by number when all are finished', () => {
    const dir = folder('complete', [
      [2, 2, true],
      [1, 2, true],
    ]);
    const found = readParts(dir);
    expect(found.ok && found.parts.map((p) => p.manifest.part)).toEqual([1, 2]);
  });

  test('returns one message naming every missing and unfinished part', () => {
    const dir = folder('incomplete', [
      [1, 4, true],
      [3, 4, false],
    ]);
    const found = readParts(dir);
    expect(found.ok ? '' : found.error.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`
      "第 2/4 部分缺失。Part 2 of 4 is missing: no folder <dir>/part-2-of-4; build it again with npm run build -- --part 2/4 (in CI: rerun its job).
      第 3/4 部分未完成。Part 3 of 4 did not finish: <dir>/part-3-of-4 has no part.json; build it again with npm run build -- --part 3/4 (in CI: rerun its job).
      第 4/4 部分缺失。Part 4 of 4 is missing: no folder <dir>/part-4-of-4; build it again with npm run build -- --part 4/4 (in CI: rerun its job)."
    `);
  });

  test('refuses an empty or missing folder, and parts of two different builds', () => {
    const mixed = folder('mixed', [
      [1, 2, true],
      [1, 3, true],
    ]);
    expect(readParts(join(root, 'nowhere'))).toEqual({
      ok: false,
      error: `没有找到分部构建。No parts folder ${join(root, 'nowhere')}: build the parts first (npm run build -- --part K/N on each machine, each into a folder part-K-of-N of it).`,
    });
    expect(readParts(mixed)).toEqual({ ok: false, error: `${mixed} holds parts of 2 and 3 parts: keep only the parts of one build.` });
  });
});
