import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../scripts/lib/check/index.ts';
import { benchArticle, benchSources, generateCorpus, SOURCE_COUNT } from './corpus.ts';

describe('benchArticle', () => {
  const sources = benchSources();

  test('returns the same article for the same seed and index', () => {
    expect(benchArticle(1, 17, sources)).toEqual(benchArticle(1, 17, sources));
    expect(benchArticle(2, 17, sources).text).not.toBe(benchArticle(1, 17, sources).text);
  });

  test('writes bodies of 1,000 to about 3,000 Chinese characters dated 2015–2024', () => {
    for (let i = 1; i <= 40; i++) {
      const { path, text, bodyChars } = benchArticle(1, i, sources);
      expect(bodyChars).toBeGreaterThanOrEqual(1000);
      expect(bodyChars).toBeLessThan(3600);
      expect(path).toMatch(/^20(1[5-9]|2[0-4])\/(0[1-9]|1[0-2])\/wenzhang-\d+\.md$/);
      expect(text).toContain('。');
    }
  });
});

describe('benchSources', () => {
  test('returns forty sources with distinct names and slugs', () => {
    const sources = benchSources();
    expect(sources).toHaveLength(SOURCE_COUNT);
    expect(new Set(sources.map((s) => s.name)).size).toBe(SOURCE_COUNT);
    expect(new Set(sources.map((s) => s.slug)).size).toBe(SOURCE_COUNT);
  });
});

describe('generateCorpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-corpus-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes content that passes the content check with no problem', async () => {
    const stats = generateCorpus({ dir, n: 60, seed: 1 });
    expect(stats.articles).toBe(60);
    const { files, problems } = await checkContent({ contentDir: dir, root: dir, only: [] });
    expect(problems).toEqual([]);
    expect(files).toBe(60);
    expect(readFileSync(join(dir, 'columns.yaml'), 'utf8').match(/^- name:/gm)).toHaveLength(8);
  });
});
