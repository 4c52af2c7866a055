import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../setup/astro-build.ts';
import { hashTree } from '../setup/dist.ts';
import { FIXTURE_CONTENT } from '../setup/paths.ts';

const ARTICLE = 'articles/2024/02/chunjie-anquan.md';
const PAGE = '/articles/2024/02/chunjie-anquan/index.html';
const env = { ZHUANZAI_NOW: '2024-06-01 12:00' };

describe('npm run build after an earlier build of the same dist', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-inc-'));
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });

  test(
    'rebuilds nothing when nothing changed, only the edited page after a body edit, and matches a full build',
    { timeout: 300_000 },
    () => {
      const first = buildSite(content, dist, env);
      expect(first.status).toBe(0);
      expect(first.output).toContain('Full build (no earlier build recorded).');

      const unchanged = buildSite(content, dist, env);
      expect(unchanged.status).toBe(0);
      expect(unchanged.output).toContain(`Nothing to rebuild: no page of ${dist} would change.`);

      const before = hashTree(dist);
      appendFileSync(join(content, ARTICLE), '\n编者按：本文于次日补充了值班电话。\n');
      const incremental = buildSite(content, dist, env);
      expect(incremental.status).toBe(0);
      expect(incremental.output).toContain('Incremental build: 1 article page(s) changed');
      expect(readFileSync(join(dist, PAGE), 'utf8')).toContain('编者按：本文于次日补充了值班电话。');
      const after = hashTree(dist);
      const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k)).filter((k) => !k.startsWith('/pagefind/'));
      expect(changed).toEqual([PAGE]);

      const full = buildSite(content, join(dir, 'full'), { ...env, ZHUANZAI_FULL_BUILD: '1' });
      expect(full.status).toBe(0);
      const reference = hashTree(join(dir, 'full'));
      expect([...after.keys()].filter((k) => after.get(k) !== reference.get(k))).toEqual([]);
      expect([...reference.keys()].sort()).toEqual([...after.keys()].sort());
    },
  );

  test('builds everything when the output folder was changed by anything else', { timeout: 300_000 }, () => {
    rmSync(join(dist, 'robots.txt'));
    const result = buildSite(content, dist, env);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Full build (the output folder is missing or changed since the last build).');
    expect(existsSync(join(dist, 'robots.txt'))).toBe(true);
  });

  test('builds everything when frontmatter that other pages show changes', { timeout: 300_000 }, () => {
    const file = join(content, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 春节期间安全提示（更新）'));
    const result = buildSite(content, dist, env);
    expect(result.status).toBe(0);
    expect(result.output).toContain('Full build (2024/02/chunjie-anquan: frontmatter or summary changed, which other pages show).');
    // The month's archive list shows the new title: it was rebuilt too.
    expect(readFileSync(join(dist, 'archive/2024/02/index.html'), 'utf8')).toContain('春节期间安全提示（更新）');
  });
});
