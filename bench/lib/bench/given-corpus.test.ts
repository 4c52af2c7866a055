import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../scripts/lib/check/index.ts';
import { articleFileToData } from '../../../src/lib/article-file.ts';
import { addCopiedArticles, copyCorpus } from './given-corpus.ts';

const REPO = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-given-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--corpus', () => {
  test('copies a content folder and counts its bodies, those on the fast path and those the pipeline writes', () => {
    const from = join(dir, 'from');
    mkdirSync(join(from, 'articles', '2024', '05'), { recursive: true });
    for (const f of ['site.yaml', 'columns.yaml', 'sources.yaml']) writeFileSync(join(from, f), readFileSync(join(REPO, 'content', f)));
    const head = (n: number) =>
      `---\ntitle: 第${n}篇\ndate: 2024-05-0${n} 09:00\nsource: 新华社\noriginalUrl: https://www.gov.cn/${n}.htm\ncategory: 时政要闻\n---\n\n`;
    writeFileSync(join(from, 'articles/2024/05/a.md'), `${head(1)}第一段。\n`);
    writeFileSync(join(from, 'articles/2024/05/b.md'), `${head(2)}**一是加强领导。**各地要落实。\n\n- 甲\n  - 乙\n`);
    writeFileSync(join(from, 'articles/2024/05/c.md'), `${head(3)}**“引号”**后文，见 <https://www.gov.cn/>。\n`);
    const stats = copyCorpus(from, join(dir, 'content'));
    expect(stats).toEqual({ kind: 'given', articles: 3, plainProse: 1, fastPath: 2, bodyChars: stats.bodyChars, bytes: stats.bytes });
    expect(stats.bodyChars).toBe(
      '第一段。'.length + '**一是加强领导。**各地要落实。\n\n- 甲\n  - 乙'.length + '**“引号”**后文，见 <https://www.gov.cn/>。'.length,
    );
  });

  test('adds ten articles of the day after the newest, copies of the newest, that the content check takes', async () => {
    const added = addCopiedArticles(join(dir, 'content'), 10);
    // Three articles to copy: as many as there are.
    expect(added).toEqual(['2024/05/bench-2024-05-04-1-c.md', '2024/05/bench-2024-05-04-2-b.md', '2024/05/bench-2024-05-04-3-a.md']);
    const first = articleFileToData(readFileSync(join(dir, 'content/articles', added[0]!), 'utf8'));
    expect([first['title'], first['date'], first['originalUrl']]).toEqual([
      '第3篇（1）',
      '2024-05-04 09:00',
      'https://www.gov.cn/3.htm?bench-copy=2024-05-04-1',
    ]);
    const { problems, articles } = await checkContent({ contentDir: join(dir, 'content'), root: REPO, now: '2024-06-01 00:00' });
    expect([articles.length, problems.filter((p) => p.severity === 'error')]).toEqual([6, []]);
  });

  test('refuses a folder that is not a content folder, naming what it lacks', () => {
    mkdirSync(join(dir, 'empty', 'articles'), { recursive: true });
    expect(() => copyCorpus(join(dir, 'empty'), join(dir, 'out'))).toThrow(
      `--corpus ${join(dir, 'empty')}: not a content folder, it has no site.yaml, columns.yaml, sources.yaml (it needs site.yaml, columns.yaml, sources.yaml and articles/).`,
    );
  });
});
