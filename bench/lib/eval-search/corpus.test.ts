import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prepareContent } from './corpus.ts';

const SITE_DATA = 'tests/fixtures/search/content';

function articlesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
  mkdirSync(join(dir, '2024', '05'), { recursive: true });
  writeFileSync(join(dir, '2024', '05', 'a.md'), '---\ntitle: 甲\n---\n\n正文\n');
  return dir;
}

describe('prepareContent', () => {
  test('uses a whole content folder as it is', () => {
    expect(prepareContent(SITE_DATA, SITE_DATA, mkdtempSync(join(tmpdir(), 'eval-work-')))).toBe(SITE_DATA);
  });

  test('gives a folder of articles the site data of --site-data', () => {
    const work = mkdtempSync(join(tmpdir(), 'eval-work-'));
    const content = prepareContent(articlesFolder(), SITE_DATA, work);
    expect(readdirSync(content).sort()).toEqual(['articles', 'columns.yaml', 'search-synonyms.yaml', 'site.yaml', 'sources.yaml']);
    // The fixture's register is a link to the shipped one: the copy is the file itself.
    expect(lstatSync(join(content, 'search-synonyms.yaml')).isFile()).toBe(true);
    expect(existsSync(join(content, 'articles', '2024', '05', 'a.md'))).toBe(true);
  });

  test('adds generated articles under articles/gen/', () => {
    const work = mkdtempSync(join(tmpdir(), 'eval-work-'));
    const content = prepareContent(articlesFolder(), SITE_DATA, work, 3);
    const years = readdirSync(join(content, 'articles', 'gen'));
    const files = years.flatMap((y) =>
      readdirSync(join(content, 'articles', 'gen', y)).flatMap((m) => readdirSync(join(content, 'articles', 'gen', y, m))),
    );
    expect(files.sort()).toEqual(['gen-00001.md', 'gen-00002.md', 'gen-00003.md']);
  });

  test('names the option and the fix when the corpus or the site data is missing', () => {
    const work = mkdtempSync(join(tmpdir(), 'eval-work-'));
    expect(() => prepareContent('/no/such/dir', SITE_DATA, work)).toThrowErrorMatchingInlineSnapshot(
      `[Error: --corpus /no/such/dir: no such folder. Give a content folder or a folder of articles.]`,
    );
    expect(() => prepareContent(articlesFolder(), work, work)).toThrow(
      `--site-data ${work}: missing site.yaml, columns.yaml, sources.yaml. Point it at a content folder with the site data.`,
    );
  });
});
