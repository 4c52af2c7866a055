import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findContentDir, selectArticles } from './targets.ts';

let root: string;
const ARTICLES = [
  'content/articles/2024/04/a.md',
  'content/articles/2024/05/b.md',
  'content/articles/2024/05/c.mdx',
  'content/articles/2025/01/d.md',
];
const select = (...args: string[]) => selectArticles(args, ARTICLES, root, join(root, 'content/articles'));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zhuanzai-targets-'));
  for (const file of ARTICLES) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  writeFileSync(join(root, 'content/site.yaml'), '');
  writeFileSync(join(root, 'content/articles/2024/05/notes.txt'), '');
  mkdirSync(join(root, 'content/articles/2023'));
  mkdirSync(join(root, 'other/articles'), { recursive: true });
  writeFileSync(join(root, 'other/site.yaml'), '');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('selectArticles', () => {
  test('returns a file, every article below a folder, and a glob’s matches, once each and sorted', () => {
    expect(select('content/articles/2025/01/d.md', 'content/articles/2024/05/', 'content/**/b.md')).toEqual({
      files: ['content/articles/2024/05/b.md', 'content/articles/2024/05/c.mdx', 'content/articles/2025/01/d.md'],
      errors: [],
    });
  });

  test('matches a glob against the folders on each path too', () => {
    expect(select('content/articles/*/0[45]').files).toEqual(ARTICLES.slice(0, 3));
    expect(select('./content/articles/2024/**').files).toEqual(ARTICLES.slice(0, 3));
  });

  test('takes the current folder as every article below it', () => {
    expect(select('.').files).toEqual(ARTICLES);
  });

  test('returns an error naming each path that names no article', () => {
    expect(
      select(
        'content/articles/2024/04/a.md',
        'gone.md',
        'content/articles/2023',
        'content/articles/2024/05/notes.txt',
        '2030/**',
      ).errors.map((e) => e.path),
    ).toEqual(['gone.md', 'content/articles/2023', 'content/articles/2024/05/notes.txt', '2030/**']);
  });
});

describe('findContentDir', () => {
  test('returns the nearest folder above the paths with site.yaml and articles/, even for a missing path', () => {
    expect(findContentDir(['content/articles/2024/**', 'content/articles/gone.md'], root)).toEqual({
      dir: join(root, 'content'),
      errors: [],
    });
    expect(findContentDir(['other'], root)).toEqual({ dir: join(root, 'other'), errors: [] });
  });

  test('returns no folder for paths outside any content folder, and an error for two folders', () => {
    expect(findContentDir([join(tmpdir(), 'zhuanzai-nowhere.md')], root).dir).toBeUndefined();
    expect(findContentDir(['content/articles', 'other/articles'], root).errors).toEqual([
      {
        path: 'content/articles other/articles',
        message:
          '这些路径属于不同的内容文件夹（content, other）。The paths lie in different content folders (content, other): check one folder at a time.',
      },
    ]);
  });
});
