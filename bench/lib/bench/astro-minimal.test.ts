import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, test } from 'vitest';
import { runAstroMinimal, writeAstroMinimal } from './astro-minimal.ts';
import { generateCorpus } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('the minimal Astro comparison site', () => {
  const work = mkdtempSync(join(tmpdir(), 'zhuanzai-astro-minimal-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('builds every article, the home page and 20-per-page column lists, indexed by the Pagefind CLI', { timeout: 120_000 }, async () => {
    generateCorpus({ dir: join(work, 'content'), n: 45, seed: 3 });
    const perColumn = new Map<string, number>();
    const articles = join(work, 'content', 'articles');
    for (const f of readdirSync(articles, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))) {
      const column = String(matter(readFileSync(join(articles, f), 'utf8')).data['category']);
      perColumn.set(column, (perColumn.get(column) ?? 0) + 1);
    }
    const listPages = [...perColumn.values()].reduce((n, count) => n + Math.ceil(count / 20), 0);
    writeAstroMinimal(join(work, 'content'), join(work, 'site'), join(ROOT, 'node_modules'));
    const run = await runAstroMinimal(join(work, 'site'), join(ROOT, 'node_modules', '.bin', 'pagefind'), false);
    expect(run.name).toMatch(/^minimal Astro 7\.\d+\.\d+$/);
    expect(run.htmlPages).toBe(45 + 1 + listPages);
    expect(readFileSync(join(work, 'site', 'dist', 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(45);
    const entry = JSON.parse(readFileSync(join(work, 'site', 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['zh-cn']?.page_count).toBe(45);
  });
});
