import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../scripts/lib/check/index.ts';
import { isPlainProse } from '../../../src/lib/simple-markdown.ts';
import { tallyBodies } from './constructs.ts';
import { benchArticle, benchSources, BODY_MIX, generateCorpus, SOURCE_COUNT } from './corpus.ts';

const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n\n/, '');

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

  test('--plain writes the old corpus: the same 50 articles as before the representative one, all plain prose', () => {
    const hash = createHash('sha256');
    for (let i = 1; i <= 50; i++) {
      const { text } = benchArticle(1, i, sources, true);
      hash.update(text);
      expect(isPlainProse(bodyOf(text))).toBe(true);
    }
    expect(hash.digest('hex')).toBe('848d5dd72a71ab510a9041566182b2dfff712d0c253fe4208300256e72be4021');
  });

  test('writes each construct in about its share of 800 bodies, every image with its caption', { timeout: 30_000 }, () => {
    const bodies = Array.from({ length: 800 }, (_, i) => bodyOf(benchArticle(1, i + 1, sources).text));
    const tally = tallyBodies(bodies);
    const share = (count: number) => Math.round((count / 800) * 100) / 100;
    // Within three points of BODY_MIX (the 附件 list's own ## heading adds its bodies to the headings).
    expect(Math.abs(share(tally.headings) - (BODY_MIX.headings + BODY_MIX.attachments * (1 - BODY_MIX.headings)))).toBeLessThanOrEqual(
      0.02,
    );
    for (const key of ['images', 'links', 'lists', 'strong', 'tables', 'attachments'] as const)
      expect({ key, off: Math.abs(share(tally[key]) - BODY_MIX[key]) <= 0.03 }).toEqual({ key, off: true });
    expect(tally.captionedImages).toBe(tally.images);
    expect([tally.emphasis, tally.blockquotes]).toEqual([0, 0]);
    // About half the bodies stay plain prose, as in the importer's output (7 of 11 there).
    expect(share(tally.plainProse)).toBeGreaterThanOrEqual(0.45);
    expect(share(tally.plainProse)).toBeLessThanOrEqual(0.55);
  });

  test('writes varied text: nearly every sentence of 200 bodies occurs once', () => {
    const sentences = Array.from({ length: 200 }, (_, i) => bodyOf(benchArticle(1, i + 1, sources).text)).flatMap((b) =>
      b.split(/(?<=。)/).filter((s) => s.length > 20),
    );
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.9);
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

  test('writes content that passes the content check with no problem, plain or representative', async () => {
    const plainDir = join(dir, 'plain');
    generateCorpus({ dir: plainDir, n: 20, seed: 1, plain: true });
    const plain = await checkContent({ contentDir: plainDir, root: plainDir, only: [] });
    expect([plain.files, plain.problems]).toEqual([20, []]);
    const stats = generateCorpus({ dir, n: 60, seed: 1 });
    expect([stats.kind, stats.articles, stats.plainProse]).toEqual(['representative', 60, 35]);
    const { files, problems } = await checkContent({ contentDir: dir, root: dir, only: [] });
    expect(problems).toEqual([]);
    expect(files).toBe(60);
    expect(readFileSync(join(dir, 'columns.yaml'), 'utf8').match(/^- name:/gm)).toHaveLength(8);
  });
});
