import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSiteData } from '../../../scripts/lib/check/content-files.ts';
import { EVAL_FIELDS, firstSentence, parseIndexTsv, scorePage } from './evaluate.ts';
import { importOne } from '../../../scripts/lib/import/import-one.ts';

const TSV = [
  'file\ttitle\tpublish_date\tsource_laiyuan\tauthor_zuozhe\teditor_zerenbianji\tfirst_sentence\tnotes',
  'a.html\t标题 一\t2024-05-09 22:27:02\t新华网\t林海 (dateline: 记者林海)\t\t新华社北京5月9日电（记者林海）首句。\tnote',
].join('\n');

describe('parseIndexTsv', () => {
  test('returns the compared values, notes in parentheses removed', () => {
    expect(parseIndexTsv(TSV)).toEqual([
      {
        file: 'a.html',
        title: '标题 一',
        date: '2024-05-09 22:27:02',
        source: '新华网',
        author: '林海',
        editor: '',
        firstSentence: '新华社北京5月9日电（记者林海）首句。',
        originalUrl: '',
      },
    ]);
  });
});

describe('firstSentence', () => {
  test('returns the first paragraph’s first sentence, skipping headings and images', () => {
    expect(firstSentence('## 小标题\n\n![图](a.jpg)\n\n第一句。第二句。\n')).toBe('第一句。');
  });
});

describe('scorePage', () => {
  test('returns per-field matches, dates compared to the minute and empty values as null', () => {
    const [expected] = parseIndexTsv(TSV);
    if (!expected) throw new Error('no row');
    const got = {
      file: 'a.html',
      title: '标题一',
      date: '2024-05-09 22:27',
      source: '新华社',
      author: '林海',
      originalUrl: null,
      editor: null,
      category: null,
      body: '新华社北京5月9日电（记者林海）首句。\n\n上一篇\n',
    };
    expect(scorePage(expected, got)).toEqual({
      title: true,
      date: true,
      source: false,
      author: true,
      editor: true,
      firstSentence: true,
      noChrome: false,
    });
  });
});

describe('the fictional evaluation set in tests/fixtures/import', () => {
  test('returns every field right on every page of its INDEX.tsv (the kinds of miss of issue 15)', async () => {
    const repo = join(import.meta.dirname, '../../..');
    const folder = join(repo, 'tests/fixtures/import');
    const site = await loadSiteData(join(repo, 'content'), repo);
    if (!site.ok) throw new Error('content/ site data is invalid');
    const misses: string[] = [];
    for (const page of parseIndexTsv(readFileSync(join(folder, 'INDEX.tsv'), 'utf8'))) {
      const result = await importOne(join(folder, page.file), {
        siteData: site.data,
        root: repo,
        outDir: tmpdir(),
        dryRun: true,
        force: false,
        assets: false,
      });
      const score = scorePage(page, result.fields);
      misses.push(...EVAL_FIELDS.filter((f) => !score[f]).map((f) => `${page.file} ${f}`));
    }
    expect(misses).toEqual([]);
  });
});
