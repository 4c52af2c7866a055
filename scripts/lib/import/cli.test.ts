import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';

const REPO = join(import.meta.dirname, '../../..');
const FIXTURES = join(REPO, 'tests/fixtures/import');
const SCRIPT = join(REPO, 'scripts/import.ts');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhuanzai-import-cli-'));
  await mkdir(join(dir, 'pages/2024'), { recursive: true });
  await copyFile(join(FIXTURES, 'text-copy.txt'), join(dir, 'pages/2024/copy.txt'));
  await copyFile(join(FIXTURES, 'dateline-source-page.html'), join(dir, 'pages/page.html'));
  await mkdir(join(dir, 'empty'));
  return () => rm(dir, { recursive: true, force: true });
});

/** Runs `npm run import -- …args` in the temp folder, writing articles to its `articles/`. */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [SCRIPT, '--content', join(REPO, 'content'), '--out', 'articles', '--no-assets', ...args],
      { cwd: dir },
      (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const NOTHING = '未导入任何文件。Nothing was imported: fix the paths above and run the command again.';

describe('npm run import path arguments', { timeout: 60_000 }, () => {
  test('exits 2 naming a path that does not exist, and imports none of the others', async () => {
    const result = await run('pages/2024/copy.txt', 'pages/missing.html');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `pages/missing.html: 路径不存在。No such file or folder: check the path (a web address must start with http:// or https://).\n${NOTHING}\n`,
    });
    expect(await readdir(dir)).not.toContain('articles');
  });

  test('exits 2 for a folder without pages and for a pattern that matches nothing', async () => {
    const result = await run('empty', 'pages/**/*.pdf');
    expect([result.code, result.stderr]).toEqual([
      2,
      [
        'empty: 文件夹中没有可导入的页面（.html、.htm、.txt）。The folder holds no page to import: check the path.',
        'pages/**/*.pdf: 没有匹配的文件。The pattern matches no file: check it, and quote it so the shell leaves it to the importer.',
        NOTHING,
        '',
      ].join('\n'),
    ]);
  });

  test('imports every page under a folder, and the files a quoted pattern matches', async () => {
    const folder = await run('--dry-run', '--json', 'pages');
    expect([folder.code, (JSON.parse(folder.stdout) as { file: string }[]).map((p) => p.file)]).toEqual([
      0,
      ['pages/2024/copy.txt', 'pages/page.html'],
    ]);
    const pattern = await run('--dry-run', '--json', 'pages/**/*.txt');
    expect([pattern.code, (JSON.parse(pattern.stdout) as { file: string; title: string }[]).map((p) => [p.file, p.title])]).toEqual([
      0,
      [['pages/2024/copy.txt', '种下“清风树” 结出“廉洁果”——青禾市推进清廉机关建设纪实']],
    ]);
  });

  test('exits 2 when --url would name the original of several pages', async () => {
    expect(await run('--url', 'https://news.example.cn/a.htm', 'pages')).toEqual({
      code: 2,
      stdout: '',
      stderr: '--url 只能用于单个文件。--url names the original of one page: import the files one by one.\n',
    });
  });

  test('never overwrites an article without --force: exit 1 and the fix, then exit 0 with it', async () => {
    const page = ['pages/page.html', '--url', 'https://news.example.cn/2024-03/05/content_1.htm', '--category', '时政要闻'];
    expect((await run(...page)).code).toBe(0);
    const again = await run(...page);
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n')).toContain(
      '  ! articles/2024/03/qing-he-hu-sheng-tai-bu.md 已存在。The file exists: pass --force to overwrite it, or rename the existing article.',
    );
    expect((await run('--force', ...page)).code).toBe(0);
    expect(await readdir(join(dir, 'articles/2024/03'))).toEqual(['qing-he-hu-sheng-tai-bu.md']);
  });

  test('ends an import of several pages with what was written, what needs a human and what failed', async () => {
    const both = await run('--category', '时政要闻', 'pages');
    const last = both.stderr.trimEnd().split('\n').at(-1);
    // copy.txt has no original URL: written, but it needs a human; page.html neither (no --url for two pages).
    expect([both.code, last]).toEqual([
      1,
      '共 2 个页面：已写入 2 个（其中 2 个需人工核对），失败 0 个。2 page(s): 2 written (2 of them need a human: see the notes above), 0 failed.',
    ]);
    expect((await readdir(join(dir, 'articles'), { recursive: true })).filter((f) => String(f).endsWith('.md')).length).toBe(2);
    const preview = await run('--dry-run', 'pages');
    expect(preview.stderr.trimEnd().split('\n').at(-1)).toBe(
      '共 2 个页面：预览 2 个，未写入；失败 0 个。2 page(s): 2 previewed, nothing written; 0 failed.',
    );
  });

  test('exits 1 when an article is written but needs a human, and 2 without arguments', async () => {
    const written = await run('pages/2024/copy.txt');
    expect(written.code).toBe(1);
    expect(written.stderr.split('\n')[0]).toBe(
      'pages/2024/copy.txt → articles/2024/03/zhong-xia-qing-feng-shu-jie.md  [已写入，需人工核对 written, needs a human]',
    );
    expect(await run()).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '用法 Usage: npm run import -- <file|folder|glob|url>... [--category 栏目] [--out content/articles] [--url 原文链接] [--content dir] [--dry-run] [--json] [--force] [--no-assets]\n' +
        '未导入任何文件。Nothing was imported: name the pages to import.\n',
    });
  });
});
