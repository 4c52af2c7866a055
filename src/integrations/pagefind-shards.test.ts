import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageToShard, planShards, shardManifest } from './pagefind-shards.ts';

describe('pageToShard', () => {
  test('returns the year of an article page in year mode', () => {
    expect(pageToShard('articles/2019/03/wenzhang-1/index.html', 'year')).toBe('2019');
  });
  test('returns site for pages outside /articles/<year>/ and all without shards', () => {
    expect(pageToShard('columns/yaowen/index.html', 'year')).toBe('site');
    expect(pageToShard('articles/2019/03/wenzhang-1/index.html', 'none')).toBe('all');
  });
});

describe('planShards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-shards-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  };
  page('index.html', '<main>首页</main>');
  page('articles/2023/01/a/index.html', '<div data-pagefind-body>会议</div>');
  page('articles/2024/05/b/index.html', '<div data-pagefind-body>通知</div>');
  page('articles/2024/06/c/index.html', '<div data-pagefind-body>政策</div>');
  page('articles/2024/07/withdrawn/index.html', '<p>已删除</p>');

  test('groups indexed pages by year, newest first, skipping pages without data-pagefind-body', () => {
    const shards = planShards(dir, 'year', 'v1');
    expect(shards.map((s) => [s.id, s.files])).toEqual([
      ['2024', ['articles/2024/05/b/index.html', 'articles/2024/06/c/index.html']],
      ['2023', ['articles/2023/01/a/index.html']],
    ]);
  });

  test('returns a new hash only for the shard whose page changed', () => {
    const before = planShards(dir, 'year', 'v1');
    page('articles/2024/06/c/index.html', '<div data-pagefind-body>政策解读</div>');
    const after = planShards(dir, 'year', 'v1');
    expect(after[0]?.hash).not.toBe(before[0]?.hash);
    expect(after[1]?.hash).toBe(before[1]?.hash);
    expect(planShards(dir, 'year', 'v2')[1]?.hash).not.toBe(before[1]?.hash);
  });

  test('lists the first shard at /pagefind/ and the others below it, under the site base', () => {
    expect(shardManifest(planShards(dir, 'year', 'v1'), 'zh-cn', '/news/')).toEqual({
      version: 1,
      language: 'zh-cn',
      shards: [
        { id: '2024', bundlePath: '/news/pagefind/', pages: 2 },
        { id: '2023', bundlePath: '/news/pagefind/shards/2023/', pages: 1 },
      ],
    });
  });
});
