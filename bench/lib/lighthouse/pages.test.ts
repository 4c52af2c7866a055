import { describe, expect, test } from 'vitest';
import { filesToAuditPages, scoresToTable } from './pages.ts';

describe('filesToAuditPages', () => {
  test('returns the first article, the first column page 1 and the search page', () => {
    const files = [
      'index.html',
      'columns/yaowen/2/index.html',
      'columns/tongzhi/index.html',
      'columns/yaowen/index.html',
      'articles/2024/04/b/index.html',
      'articles/2023/12/a/index.html',
      'search/index.html',
      'rss.xml',
    ];
    expect(filesToAuditPages(files)).toEqual({ article: '/articles/2023/12/a/', column: '/columns/tongzhi/', search: '/search/' });
  });
  test('leaves out a page the site does not have', () => {
    expect(filesToAuditPages(['index.html', 'columns/x/index.html'])).toEqual({ column: '/columns/x/' });
  });
});

describe('scoresToTable', () => {
  test('returns aligned rows with scores out of 100 and - for a missing score', () => {
    const table = scoresToTable(
      [
        { page: 'article', url: 'http://a/1/', scores: { performance: 1, seo: 0.92 } },
        { page: 'column', url: 'http://a/c/', scores: { performance: 0.995, seo: null } },
      ],
      ['performance', 'seo'],
    );
    expect(table).toBe(
      ['page     performance  seo  url', 'article  100          92   http://a/1/', 'column   100          -    http://a/c/'].join('\n'),
    );
  });
});
