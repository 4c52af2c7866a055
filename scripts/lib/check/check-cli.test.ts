import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// each test starts the command (about a second per run, more on a busy machine)
vi.setConfig({ testTimeout: 60_000 });
const REPO = join(import.meta.dirname, '../../..');
const DEFECTS = join(REPO, 'tests/fixtures/check-defects');
const ENV = { ...process.env, GITHUB_ACTIONS: '', ZHUANZAI_CONTENT_DIR: '', ZHUANZAI_NOW: '2026-01-01 08:00', npm_lifecycle_event: '' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
/** Runs `npm run check` (its script, in a child process) in `cwd`. */
const check = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> =>
  promisify(execFile)(process.execPath, [join(REPO, 'scripts/check.ts'), ...args], { cwd, env: { ...ENV, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: Run) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const lines = (text: string) => text.split('\n').filter(Boolean);

const article = (title: string, url: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndate: 2024-05-02\nsource: 示范日报\noriginalUrl: ${url}\ncategory: 要闻\n${extra}---\n\n${body}\n`;
const ROAD =
  '示范县今年新建乡村道路一百二十公里，改造危桥十八座，全县行政村通客车率达到百分之百。县交通运输局负责人介绍，项目建设坚持群众参与，每条道路开工前都征求沿线村民意见，竣工后由村民代表参与验收。';

let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'zhuanzai-check-cli-'));
  const content = join(site, 'content');
  for (const f of ['site.yaml', 'columns.yaml', 'sources.yaml']) cpSync(join(DEFECTS, f), join(content, f));
  const write = (path: string, text: string) => {
    mkdirSync(join(content, 'articles', path, '..'), { recursive: true });
    writeFileSync(join(content, 'articles', path), text);
  };
  write('2024/05/road.md', article('示范县乡村道路建设提速', 'https://daily.example.org/1.html', ROAD));
  write('2024/04/fire.md', article('示范县开展消防演练', 'https://daily.example.org/2.html', '示范县开展消防应急演练。'));
  write('2024/06/bom.md', `\ufeff${article('带BOM的文件', 'https://daily.example.org/3.html', '正文。')}`);
  write('2025/01/untitled.md', article('', 'https://daily.example.org/4.html', '正文。').replace('title: \n', ''));
  write('2025/01/copy,of:road.md', article('道路建设（转载）', 'https://daily.example.org/5.html', `${ROAD.replace(/，/gu, ',')}`));
  mkdirSync(join(content, 'articles', '2023', '12'), { recursive: true });
  writeFileSync(join(content, 'articles', '2024', '05', 'notes.txt'), '编辑笔记');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

const SUMMARY = (files: number, errors: number, warnings: number) =>
  `${files} 个文件，${errors} 个错误，${warnings} 个警告。Checked ${files} files: ${errors} error(s), ${warnings} warning(s).`;
const BOM =
  'warning  content/articles/2024/06/bom.md:1:1  -  文件以 BOM 开头。The file starts with a byte-order mark: save it as UTF-8 without BOM.';
const UNTITLED =
  'error    content/articles/2025/01/untitled.md:1:1  title  缺少必填字段 `title`（标题）。Missing required field `title`: add `title: 播下“文明种” 盛开“幸福花”`.';
const COPY =
  'warning  content/articles/2024/05/road.md:8:1  body  正文与 content/articles/2025/01/copy,of:road.md 约 100% 相同。The body is about 100% the same as content/articles/2025/01/copy,of:road.md: the same article reprinted twice? Delete one, or keep both if they really differ.';
const NOTHING = '未检查任何文件。Nothing was checked: correct the command and run it again.';

describe('npm run check: which files', () => {
  test('checks a folder recursively: a clean one is exit 0 with the number of files', async () => {
    expect(await check(site, ['content/articles/2024/04'])).toEqual({ code: 0, stdout: '', stderr: `${SUMMARY(1, 0, 0)}\n` });
  });

  test('reports warnings only with exit 0', async () => {
    expect(await check(site, ['content/articles/2024/06/bom.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: `${BOM}\n${SUMMARY(1, 0, 1)}\n`,
    });
  });

  test('reports an error in a folder named with a trailing slash with exit 1', async () => {
    expect(await check(site, ['content/articles/2025/01/untitled.md', 'content/articles/2024/06/'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${BOM}\n${UNTITLED}\n${SUMMARY(2, 1, 1)}\n`,
    });
  });

  test('checks a quoted glob, matched against files and folders', async () => {
    const glob = await check(site, ['content/articles/2024/**']);
    expect([glob.code, lines(glob.stderr)]).toEqual([0, [COPY, BOM, SUMMARY(3, 0, 2)]]);
    const months = await check(site, ['content/articles/*/0[46]']);
    expect([months.code, lines(months.stderr)]).toEqual([0, [BOM, SUMMARY(2, 0, 1)]]);
    const named = await check(site, ['content/**/fire.md', 'content/articles/2024/04/fire.md']);
    expect([named.code, lines(named.stderr)]).toEqual([0, [SUMMARY(1, 0, 0)]]);
  });

  test('compares the files named with the whole site, and reports a copy on the file named', async () => {
    const result = await check(site, ['content/articles/2024/05/road.md']);
    expect([result.code, lines(result.stderr)]).toEqual([0, [COPY, SUMMARY(1, 0, 1)]]);
  });

  test('checks the whole content folder without paths, and a folder of articles from anywhere inside it', async () => {
    const all = await check(site, []);
    expect([all.code, lines(all.stderr).at(-1)]).toEqual([1, SUMMARY(5, 2, 2)]);
    const inside = await check(join(site, 'content/articles/2025'), ['.']);
    expect([inside.code, lines(inside.stderr).at(-1)]).toEqual([1, SUMMARY(2, 2, 1)]);
    const whole = await check(join(site, 'content/articles/2025'), []);
    expect([whole.code, lines(whole.stderr).at(-1)]).toEqual([1, SUMMARY(5, 2, 2)]);
  });

  test('under npm run, takes paths from the folder the command was typed in (INIT_CWD), not the package root', async () => {
    const typedIn = join(site, 'content/articles/2024');
    const result = await check(REPO, ['06'], { npm_lifecycle_event: 'check', INIT_CWD: typedIn });
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: `warning  06/bom.md:1:1  -  文件以 BOM 开头。The file starts with a byte-order mark: save it as UTF-8 without BOM.\n${SUMMARY(1, 0, 1)}\n`,
    });
  });
});

describe('npm run check: paths that name no article are exit 2, and nothing is checked', () => {
  test.each([
    [
      'content/articles/nonexistent.md',
      '路径 content/articles/nonexistent.md 不存在。The path does not exist: check the spelling, e.g. content/articles/2024/04/slug.md.',
    ],
    [
      'content/articles/2023/12',
      '文件夹 content/articles/2023/12 中没有文章。The folder holds no article (a .md or .mdx file in content/articles/): check the path.',
    ],
    [
      'content/articles/2024/05/notes.txt',
      'content/articles/2024/05/notes.txt 不是文章。Not an article: only .md and .mdx files in content/articles/ are checked; move it there, or check another path.',
    ],
    [
      'content/articles/2030/**',
      "模式 content/articles/2030/** 没有匹配到任何文章。The pattern matches no article in content/articles/: check it, and quote it so that the shell passes it on unchanged ('content/articles/2024/**').",
    ],
  ])('%s', async (path, message) => {
    expect(await check(site, ['content/articles/2024/05/road.md', path])).toEqual({
      code: 2,
      stdout: '',
      stderr: `error    ${path}  ${message}\n${NOTHING}\n`,
    });
  });

  test('a content folder without site.yaml, an unknown option, and paths in two content folders', async () => {
    const missing = await check(site, ['--content', 'nowhere']);
    expect([missing.code, lines(missing.stderr)]).toEqual([
      2,
      [
        'error    nowhere  内容文件夹 nowhere 不存在或没有 site.yaml。The content folder does not exist or has no site.yaml: run the command in the repository, or pass --content dir.',
        NOTHING,
      ],
    ]);
    const option = await check(site, ['--jsn']);
    expect([option.code, lines(option.stderr)]).toEqual([
      2,
      [
        'error    --jsn  参数有误 (bad argument): 不认识的参数 --jsn，是否要写 --json？Unknown option --jsn: did you mean --json?',
        '用法 Usage: npm run check -- [paths…] [--json] [--quiet] [--content dir]',
        NOTHING,
      ],
    ]);
    const two = await check(REPO, ['content/articles', 'tests/fixtures/check-defects/articles']);
    expect([two.code, lines(two.stderr)]).toEqual([
      2,
      [
        'error    content/articles tests/fixtures/check-defects/articles  这些路径属于不同的内容文件夹（content, tests/fixtures/check-defects）。The paths lie in different content folders (content, tests/fixtures/check-defects): check one folder at a time.',
        NOTHING,
      ],
    ]);
  });
});

describe('npm run check: output for tools', () => {
  test('--json prints the counts and every problem on stdout', async () => {
    const result = await check(site, ['--json', 'content/articles/2024/06', 'content/articles/2025/01/untitled.md']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      files: 2,
      articlesChecked: true,
      errors: 1,
      warnings: 1,
      problems: [
        {
          file: 'content/articles/2024/06/bom.md',
          field: '-',
          severity: 'warning',
          line: 1,
          message: '文件以 BOM 开头。The file starts with a byte-order mark: save it as UTF-8 without BOM.',
        },
        {
          file: 'content/articles/2025/01/untitled.md',
          field: 'title',
          severity: 'error',
          line: 1,
          column: 1,
          message: '缺少必填字段 `title`（标题）。Missing required field `title`: add `title: 播下“文明种” 盛开“幸福花”`.',
        },
      ],
    });
  });

  test('with broken site data no article is checked, and the closing line says so, not "checked 0 files"', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'zhuanzai-check-sitedata-'));
    try {
      cpSync(join(site, 'content'), join(broken, 'content'), { recursive: true });
      writeFileSync(join(broken, 'content', 'search-synonyms.yaml'), '- [工信部]\n');
      const text = await check(broken, []);
      expect([text.code, lines(text.stderr)]).toEqual([
        1,
        [
          'error    content/search-synonyms.yaml:1:3  0  每组至少两种写法。A group needs at least two forms that mean the same, e.g. [工信部, 工业和信息化部].',
          '站点数据有 1 个错误，文章尚未检查：请先改正上面的错误。The site data has 1 error(s), so no article was checked yet: fix those first, then run the check again.',
        ],
      ]);
      const json = JSON.parse((await check(broken, ['--json'])).stdout) as { files: number; articlesChecked: boolean; errors: number };
      expect([json.files, json.articlesChecked, json.errors]).toEqual([0, false, 1]);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test('--json reports paths that cannot be checked, with exit 2', async () => {
    const result = await check(site, ['--json', 'gone.md']);
    expect([result.code, JSON.parse(result.stdout)]).toEqual([
      2,
      {
        files: 0,
        pathErrors: [
          {
            path: 'gone.md',
            message: '路径 gone.md 不存在。The path does not exist: check the spelling, e.g. content/articles/2024/04/slug.md.',
          },
        ],
      },
    ]);
  });

  test('on GitHub Actions prints an annotation per problem, escaping % in the message and : and , in the file', async () => {
    const result = await check(site, ['content/articles/2025/01'], { GITHUB_ACTIONS: 'true' });
    expect([result.code, lines(result.stdout)]).toEqual([
      1,
      [
        '::error file=content/articles/2025/01/copy%2Cof%3Aroad.md,line=1,title=-::文件名会成为网址，只能使用小写字母、数字和连字符：path segment(s) "copy,of:road" must be lower-case ASCII letters, digits and hyphens. The file name becomes the URL /articles/2025/01/copy,of:road/: rename the file, e.g. to content/articles/2025/01/copy-of-road.md (拼音或英文).',
        '::warning file=content/articles/2025/01/copy%2Cof%3Aroad.md,line=8,col=1,title=body::正文与 content/articles/2024/05/road.md 约 100%25 相同。The body is about 100%25 the same as content/articles/2024/05/road.md: the same article reprinted twice? Delete one, or keep both if they really differ.',
        '::error file=content/articles/2025/01/untitled.md,line=1,col=1,title=title::缺少必填字段 `title`（标题）。Missing required field `title`: add `title: 播下“文明种” 盛开“幸福花”`.',
      ],
    ]);
    const wrong = await check(site, ['a,b:c.md'], { GITHUB_ACTIONS: 'true' });
    expect([wrong.code, wrong.stdout]).toEqual([
      2,
      '::error title=a%2Cb%3Ac.md::路径 a,b:c.md 不存在。The path does not exist: check the spelling, e.g. content/articles/2024/04/slug.md.\n',
    ]);
  });
});

describe('npm run check on the defect set, through its folder', () => {
  test('reports every seeded defect in full', async () => {
    const result = await check(REPO, ['tests/fixtures/check-defects']);
    const at = 'tests/fixtures/check-defects/articles/2024';
    expect(result.code).toBe(1);
    expect(
      lines(result.stderr).map((l) => l.replace(/^(error|warning)\s+(\S+)\s+(\S+)\s+.*$/u, '$1 $2 $3').replaceAll(`${at}/`, '')),
    ).toEqual([
      'error 05/bad-url.md:5:1 originalUrl',
      'error 05/chinese-keys.md:1:1 originalUrl',
      'error 05/chinese-keys.md:1:1 source',
      'error 05/chinese-keys.md:4:1 来源',
      'error 05/chinese-keys.md:5:1 原文链接',
      'warning 05/copy-elsewhere.md:8:1 body',
      'error 05/missing-title.md:1:1 title',
      'error 05/same-url.md:5:1 originalUrl',
      'error 05/unknown-column.md:6:1 category',
      'error 05/unknown-source.md:4:1 source',
      'error 05/unknown-source.md:5:1 originalUrl',
      'warning 06/bom.md:1:1 -',
      'error 06/future.md:3:1 date',
      'error 06/gbk.md:1:1 -',
      'warning 06/good.md:1:1 -',
      'warning 06/good.md:3:1 title',
      'error 06/script.md:4:1 published',
      'error 06/script.md:10:1 body',
      'warning 06/script.md:12:1 body',
      'error 06/script.md:14:1 body',
      'error 06/script.md:16:1 body',
      '13 个文件，16 个错误，5 个警告。Checked 13 files: 16 error(s), 5 warning(s).',
    ]);
    const line = (file: string, field: string) =>
      lines(result.stderr).find((l) => l.includes(`${at}/${file}:`) && l.includes(`  ${field}  `));
    expect(line('05/copy-elsewhere.md', 'body')).toBe(
      `warning  ${at}/05/copy-elsewhere.md:8:1  body  正文与 ${at}/05/good.md 约 95% 相同。The body is about 95% the same as ${at}/05/good.md: the same article reprinted twice? Delete one, or keep both if they really differ.`,
    );
    expect(line('05/unknown-column.md', 'category')).toBe(
      `error    ${at}/05/unknown-column.md:6:1  category  未知栏目 "体育新闻"。Unknown column "体育新闻": use one of 要闻、通知公告、空栏目, or add it to content/columns.yaml.`,
    );
    expect(line('06/future.md', 'date')).toBe(
      `error    ${at}/06/future.md:3:1  date  发布时间 2099-09-23 晚于现在（2026-01-01 08:00）。The original date is in the future: correct it, or schedule the article with a future \`published:\` date and keep \`date\` as the original's.`,
    );
  });
});
