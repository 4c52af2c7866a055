import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// each test starts the command (about a second per run, more on a busy machine)
vi.setConfig({ testTimeout: 60_000 });
const REPO = join(import.meta.dirname, '../../..');
const run = (args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/new.ts', ...args], { cwd: REPO }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
let content: string;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'zhuanzai-new-'));
  for (const f of ['site.yaml', 'columns.yaml', 'sources.yaml']) await copyFile(join(REPO, 'content', f), join(content, f));
});
afterAll(() => rm(content, { recursive: true, force: true }));

describe('npm run new', () => {
  const args = () => [
    '--content',
    content,
    '--title',
    '清风行动',
    '--source',
    '新华网',
    '--url',
    'https://www.example.cn/a.html',
    '--category',
    '廉政舆情',
    '--date',
    '2024-05-06',
  ];

  test('writes a draft once and refuses to overwrite it', async () => {
    const first = await run(args());
    expect(first.code).toBe(0);
    const file = join(content, 'articles/2024/05/qing-feng-xing-dong.md');
    expect((await readFile(file, 'utf8')).split('\n').slice(0, 8)).toEqual([
      '---',
      'title: 清风行动',
      'date: 2024-05-06',
      'source: 新华社',
      'originalUrl: https://www.example.cn/a.html',
      'category: 廉政舆情',
      'draft: true',
      '---',
    ]);
    const second = await run(args());
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('qing-feng-xing-dong.md 已存在。The file exists');
  });

  test('names the missing flags when run without a terminal', async () => {
    const result = await run(['--content', content, '--title', '标题']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('缺少 --source --url --category。');
  });
});

describe('npm run new: a wrong command is exit 2', () => {
  test.each([
    [
      ['foo.md'],
      '参数有误 (bad argument): 多余的参数 foo.md：此命令不接受文件或文件夹。Unexpected argument foo.md: this command takes options only.\n',
    ],
    [
      ['--titel', '标题'],
      '参数有误 (bad argument): 不认识的参数 --titel，是否要写 --title？Unknown option --titel: did you mean --title?\n',
    ],
    [
      ['--content', 'nowhere', '--title', '标题'],
      '内容文件夹 nowhere 不存在或没有 site.yaml。The content folder nowhere does not exist or has no site.yaml: check --content.',
    ],
  ])('%j', async (args, message) => {
    const result = await run(args);
    expect([result.code, result.stderr.startsWith(message)]).toEqual([2, true]);
    expect(result.stderr).toContain('Usage: npm run new -- --title …');
  });
});
