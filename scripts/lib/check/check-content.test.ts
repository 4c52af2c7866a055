import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from './index.ts';

const REPO = join(import.meta.dirname, '../../..');

describe('checkContent', () => {
  test('reports every seeded defect with its file, line and field', async () => {
    const { files, problems } = await checkContent({
      contentDir: join(REPO, 'tests/fixtures/check-defects'),
      root: join(REPO, 'tests/fixtures/check-defects/articles'),
      now: '2026-01-01 08:00',
    });
    expect(files).toBe(13);
    expect(problems.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field}`)).toEqual([
      'error 2024/05/bad-url.md:5 originalUrl',
      'error 2024/05/chinese-keys.md:1 originalUrl',
      'error 2024/05/chinese-keys.md:1 source',
      'error 2024/05/chinese-keys.md:4 来源',
      'error 2024/05/chinese-keys.md:5 原文链接',
      'warning 2024/05/copy-elsewhere.md:8 body',
      'error 2024/05/missing-title.md:1 title',
      'error 2024/05/same-url.md:5 originalUrl',
      'error 2024/05/unknown-column.md:6 category',
      'error 2024/05/unknown-source.md:4 source',
      'error 2024/05/unknown-source.md:5 originalUrl',
      'warning 2024/06/bom.md:1 -',
      'error 2024/06/future.md:3 date',
      'error 2024/06/gbk.md:1 -',
      'warning 2024/06/good.md:1 -',
      'warning 2024/06/good.md:3 title',
      'error 2024/06/script.md:4 published',
      'error 2024/06/script.md:10 body',
      'warning 2024/06/script.md:12 body',
      'error 2024/06/script.md:14 body',
      'error 2024/06/script.md:16 body',
    ]);
  });

  test('explains each cross-file and body problem with the fix', async () => {
    const { problems } = await checkContent({
      contentDir: join(REPO, 'tests/fixtures/check-defects'),
      root: join(REPO, 'tests/fixtures/check-defects/articles'),
      now: '2026-01-01 08:00',
    });
    const message = (file: string, line: number) => problems.find((p) => p.file === file && p.line === line)?.message;
    expect(message('2024/05/copy-elsewhere.md', 8)).toBe(
      '正文与 2024/05/good.md 约 95% 相同。The body is about 95% the same as 2024/05/good.md: the same article reprinted twice? Delete one, or keep both if they really differ.',
    );
    expect(message('2024/05/same-url.md', 5)).toContain('is already reprinted in 2024/05/good.md');
    expect(message('2024/06/future.md', 3)).toBe(
      "发布时间 2099-09-23 晚于现在（2026-01-01 08:00）。The original date is in the future: correct it, or schedule the article with a future `published:` date and keep `date` as the original's.",
    );
    expect(message('2024/06/script.md', 12)).toBe(
      '正文含有不允许的 HTML：<script>。Raw HTML outside the allowlist is removed from the page: delete it, or write it as Markdown.',
    );
    expect(message('2024/06/script.md', 10)).toBe(
      '链接 /articles/2024/05/flood-may/ 指向的文章不存在。The internal link points to no article (2024/05/flood-may): fix the address, e.g. /articles/2024/04/slug/.',
    );
    expect(message('2024/06/script.md', 16)).toBe(
      '文件 /attachments/2024/06/script/plan.pdf 不存在于 public/。The file is missing from public/attachments/2024/06/script/plan.pdf: add it, or fix the link.',
    );
    expect(message('2024/06/script.md', 14)).toBe(
      '图片 ./script/map.png 不存在。The local image is missing: add it next to the article, or fix the path.',
    );
  });
});
