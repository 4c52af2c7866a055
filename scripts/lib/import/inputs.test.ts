import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { expandInputs } from './inputs.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhuanzai-inputs-'));
  await mkdir(join(dir, 'saved/b'), { recursive: true });
  for (const name of ['saved/b/2.html', 'saved/a.htm', 'saved/notes.pdf', 'saved/b/3.txt', 'one.shtml'])
    await writeFile(join(dir, name), '');
  await mkdir(join(dir, 'none'));
  return () => rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  test('returns URLs and files as given, a folder as its pages sorted, a pattern as its matches, each file once', async () => {
    expect(await expandInputs(['https://www.example.cn/a.html', 'one.shtml', 'saved', 'saved/**/*.txt'], dir)).toEqual({
      inputs: ['https://www.example.cn/a.html', 'one.shtml', 'saved/a.htm', 'saved/b/2.html', 'saved/b/3.txt'],
      problems: [],
    });
  });

  test('returns one problem per argument that names nothing to import', async () => {
    expect(await expandInputs(['missing.html', 'none', '*.docx', 'one.shtml'], dir)).toEqual({
      inputs: ['one.shtml'],
      problems: [
        'missing.html: 路径不存在。No such file or folder: check the path (a web address must start with http:// or https://).',
        'none: 文件夹中没有可导入的页面（.html、.htm、.txt）。The folder holds no page to import: check the path.',
        '*.docx: 没有匹配的文件。The pattern matches no file: check it, and quote it so the shell leaves it to the importer.',
      ],
    });
  });
});
