import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../setup/astro-build.ts';
import { FIXTURE_SOURCE } from '../setup/paths.ts';

describe('a content error', () => {
  test('fails the build before anything is written, naming the file and originalUrl', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-bad-'));
    const content = join(dir, 'content');
    cpSync(FIXTURE_SOURCE, content, { recursive: true });
    writeFileSync(
      join(content, 'articles/2024/04/no-url.md'),
      '---\ntitle: 缺少原文链接的稿件\ndate: 2024-04-05\nsource: 示范日报\ncategory: 要闻\n---\n\n正文。\n',
    );
    writeFileSync(
      join(content, 'articles/2024/04/bad-key.md'),
      '---\ntitle: 字段名写错的稿件\ndate: 2024-04-06\n来源: 示范日报\noriginal_url: https://daily.example.org/a.html\ncategory: 要闻\n---\n\n正文。\n',
    );
    const out = join(dir, 'dist');
    const result = buildSite(content, out);
    expect(result.status).toBe(1);
    const rows = result.output
      .split('\n')
      .filter((l) => l.startsWith('error'))
      .map((l) => {
        const [, where = '', field = ''] = l.split(/ {2,}/);
        return [where.replace(/^.*?articles\//, 'articles/'), field];
      });
    expect(rows).toEqual([
      ['articles/2024/04/bad-key.md:1:1', 'originalUrl'],
      ['articles/2024/04/bad-key.md:1:1', 'source'],
      ['articles/2024/04/bad-key.md:4:1', '来源'],
      ['articles/2024/04/bad-key.md:5:1', 'original_url'],
      ['articles/2024/04/no-url.md:1:1', 'originalUrl'],
    ]);
    expect(result.output).toContain('did you mean `originalUrl`?');
    expect(result.output).toContain('did you mean `source`?');
    expect(existsSync(out)).toBe(false);
  });
});

describe('a build that fails after the content check', () => {
  test('leaves the previous dist as it was and no staging folder behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-swap-'));
    const content = join(dir, 'content');
    cpSync(FIXTURE_SOURCE, content, { recursive: true });
    // Valid frontmatter, but MDX that does not compile: only Astro finds it.
    writeFileSync(
      join(content, 'articles/2024/04/broken.mdx'),
      '---\ntitle: 无法编译的稿件\ndate: 2024-04-07\nsource: 示范日报\noriginalUrl: https://daily.example.org/broken.html\ncategory: 要闻\n---\n\n<div>没有闭合\n',
    );
    const out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous site');
    const result = buildSite(content, out);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('was left as it was');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(dir).sort()).toEqual(['content', 'dist']);
  });
});

describe('a bad setting', () => {
  test.each([
    [
      { ZHUANZAI_SEARCH_SHARD_SIZE: 'abc' },
      'ZHUANZAI_SEARCH_SHARD_SIZE must be a whole number of articles, e.g. 1500; got "abc".',
      'at shardSizeFor',
    ],
    // refused before the content is checked
    [
      { ZHUANZAI_NOW: '2026-12-07T23:00:00+08:00' },
      'ZHUANZAI_NOW must be YYYY-MM-DD or YYYY-MM-DD HH:mm (Beijing time), got "2026-12-07T23:00:00+08:00": fix it or unset it.',
      'Checked',
    ],
  ])('%j stops the build with exit 2 before anything is written, naming the variable, the value and the form', (env, message, absent) => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-setting-'));
    const result = buildSite(FIXTURE_SOURCE, join(dir, 'dist'), env);
    expect(result.status).toBe(2);
    expect(result.output).toContain(message);
    expect(result.output).not.toContain(absent);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a build command that is not one', () => {
  test.each([
    [['--prat', '1/4'], '参数有误 (bad argument): 不认识的参数 --prat，是否要写 --part？Unknown option --prat: did you mean --part?'],
    [['--full', '--part'], '参数有误 (bad argument): 参数 --part 后面缺少取值。--part needs a value after it.'],
    [
      ['dist'],
      '参数有误 (bad argument): 多余的参数 dist：此命令不接受文件或文件夹。Unexpected argument dist: this command takes options only.',
    ],
  ])('%j stops with exit 2 before anything is checked or written', (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-args-'));
    const result = buildSite(FIXTURE_SOURCE, join(dir, 'dist'), {}, undefined, args);
    expect([result.status, result.output.split('\n')]).toEqual([
      2,
      [
        message,
        '用法 Usage: npm run build -- [--full] [--part K/N] [--assemble [dir]]',
        '未构建任何内容。Nothing was built: correct the command and run it again.',
        '',
      ],
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('--help prints the usage and builds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-args-'));
    const result = buildSite(FIXTURE_SOURCE, join(dir, 'dist'), {}, undefined, ['--help']);
    expect([result.status, result.output]).toEqual([0, '用法 Usage: npm run build -- [--full] [--part K/N] [--assemble [dir]]\n']);
    expect(readdirSync(dir)).toEqual([]);
  });
});
