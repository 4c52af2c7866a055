import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { summariseBuild, summaryToMarkdown } from './summary.ts';

describe('summariseBuild', () => {
  test('counts articles, tombstones, pages and indexed pages over every shard, and says what the build did', () => {
    const dist = mkdtempSync(join(tmpdir(), 'zhuanzai-summary-'));
    const page = (path: string, html: string) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), html);
    };
    page('index.html', '<main>首页</main>');
    page('articles/2024/05/a/index.html', '<article class="article">正文</article>');
    page('articles/2023/05/b/index.html', '<article class="article tombstone">已删除</article>');
    page('pagefind/shards.json', JSON.stringify({ version: 1, language: 'zh-cn', shards: [{ pages: 962 }, { pages: 1013 }] }));
    const log =
      'Checked 2 article file(s) in 0.1 s.\nIncremental build: 1 article page(s) changed, no other page shows what changed\nwarning  content/x.md  body  near-duplicate\n';
    const summary = summariseBuild(dist, log, 16);
    expect(summary).toEqual({
      articles: 1,
      tombstones: 1,
      pages: 3,
      searchPages: 1975,
      searchShards: 2,
      kind: 'Incremental build: 1 article page(s) changed',
      warnings: ['warning  content/x.md  body  near-duplicate'],
      seconds: 16,
    });
    expect(summaryToMarkdown(summary)).toContain('| Pages in the search index | 1975 in 2 year shards |');
    expect(summariseBuild(dist, 'Full build (no earlier build recorded).\n', undefined).kind).toBe(
      'Full build (no earlier build recorded)',
    );
  });
});
