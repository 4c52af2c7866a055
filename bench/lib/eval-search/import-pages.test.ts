import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../scripts/lib/check/index.ts';
import { importPages } from './import-pages.ts';

const REPO = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-eval-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importPages (eval:search --import)', () => {
  test('imports saved pages beside the seed, fills in what a human would, and the content checks clean', async () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    // A text copy with neither an original URL nor a known source, and a page whose source is known.
    copyFileSync(join(REPO, 'tests/fixtures/import/text-copy.txt'), join(pages, 'copy.txt'));
    copyFileSync(join(REPO, 'tests/fixtures/import/gb2312-page.html'), join(pages, 'gb2312.html'));
    const imported = await importPages(pages, join(REPO, 'tests/fixtures/search/content'), join(dir, 'work'), join(REPO, 'content'));
    expect(imported.articles).toBe(3);
    // The seed's column (廉政舆情) is not the search fixture's; its source not in the fixture's register.
    expect(imported.filled.filter((l) => l.startsWith('articles/2024/04/anshan-wenming-chengshi.md'))).toEqual([
      'articles/2024/04/anshan-wenming-chengshi.md: category 廉政舆情 → 要闻',
      'articles/2024/04/anshan-wenming-chengshi.md: source 中共辽宁省委组织部 added to sources.yaml',
    ]);
    const copy = imported.filled.filter((l) => l.includes(': originalUrl https://example.invalid/'));
    expect(copy.length).toBeGreaterThanOrEqual(1);
    const result = await checkContent({ contentDir: imported.content, root: imported.content });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.files).toBe(3);
    expect(readFileSync(join(imported.content, 'sources.yaml'), 'utf8')).toContain('- name: 中共辽宁省委组织部\n  slug: eval-source-');
  });
});
