import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasPage, readPage, textOf } from '../setup/dist.ts';
import { FIXTURE_DIST as DIST } from '../setup/paths.ts';

describe('article page', () => {
  const page = readPage(DIST, '/articles/2024/03/shuiku-jiagu/');

  test('shows title, date, canonical source, author, original title and editor', () => {
    expect(textOf(page.querySelector('h1'))).toBe('示范县完成青石岭水库除险加固工程');
    const meta = page.querySelectorAll('.article-meta span').map(textOf);
    expect(meta).toEqual([
      '发布时间：2024-03-12',
      '来源：示范日报',
      '作者：林晓舟',
      '原标题：青石岭水库除险加固工程通过竣工验收',
      '责任编辑：周明远',
    ]);
    expect(page.querySelector('.article-meta time')?.getAttribute('datetime')).toBe('2024-03-12T10:05:00+08:00');
  });

  test('links the breadcrumb 首页 > 要闻 > 正文', () => {
    const crumb = page.querySelector('nav.breadcrumb');
    expect(textOf(crumb)).toBe('当前所在：首页 > 要闻 > 正文');
    expect(crumb?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/', '/columns/yaowen/']);
  });

  test('links 原文链接 to the original and shows the disclaimer from site.yaml', () => {
    const link = page.querySelector('.original-link a');
    expect(link?.getAttribute('href')).toBe('https://daily.example.org/news/2024/0312/qingshiling.html');
    expect(textOf(page.querySelector('.disclaimer'))).toBe(
      '[免责声明] 本文来源于网络转载，仅供学习交流使用。如涉及作品内容、版权和其它问题，请在30日内与本网联系。',
    );
  });

  test('renders Markdown headings with stable ids', () => {
    expect(page.querySelectorAll('.article-body h2').map((h) => [h.id, textOf(h)])).toEqual([
      ['工程概况', '工程概况'],
      ['下一步安排', '下一步安排'],
    ]);
  });

  test('puts only the title and body inside the search index region', () => {
    const indexed = page.querySelector('[data-pagefind-body]');
    expect(indexed?.querySelector('h1')).not.toBeNull();
    expect(indexed?.querySelector('.disclaimer')).toBeNull();
    expect(indexed?.querySelector('nav')).toBeNull();
    expect(page.querySelector('.article-meta')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  test('has lang zh-CN and the footer lines from site.yaml', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(textOf(page.querySelector('.site-footer'))).toContain('示范转载网编辑部主办 | 示范中心 主管');
    expect(textOf(page.querySelector('.site-footer'))).toContain('示ICP备12345678号-1');
  });
});

describe('dates', () => {
  test('an article dated 2024-01-01 00:30 shows 2024-01-01 in a build run under TZ=America/Los_Angeles', () => {
    const page = readPage(DIST, '/articles/2024/01/xinnian-zhibanbiao/');
    expect(textOf(page.querySelector('.article-meta time'))).toBe('2024-01-01');
    expect(textOf(page.querySelector('.article-meta'))).toContain('作者：佚名');
  });
});

describe('sanitising content', () => {
  const html = readFileSync(join(DIST, 'articles/2024/04/hostile-html/index.html'), 'utf8');
  const body = readPage(DIST, '/articles/2024/04/hostile-html/').querySelector('.article-body');

  test('removes scripts, iframes, event handlers and javascript: URLs from the body', () => {
    expect(body?.innerHTML).not.toContain('<script');
    // The only scripts are the site's own: reader preferences, JSON-LD data, the toolbar.
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script>', '<script type="application/ld+json">', '<script>']);
    expect(html).not.toContain('__pwned');
    expect(html).not.toContain('<iframe');
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toContain('javascript:');
    expect(body?.querySelectorAll('[style]')).toHaveLength(0);
  });

  test('keeps the text around them', () => {
    expect(textOf(body)).toContain('带事件的段落');
    expect(textOf(body)).toContain('危险链接');
    expect(textOf(body)).toContain('最后一段。');
  });

  test('marks external links and leaves internal ones alone', () => {
    const links = body?.querySelectorAll('a[href]').map((a) => [a.getAttribute('href'), a.getAttribute('rel') ?? '']);
    expect(links).toEqual([
      ['https://county.example.gov/page.html', 'external nofollow noopener noreferrer'],
      ['/columns/yaowen/', ''],
    ]);
  });
});

describe('column pages', () => {
  const titles = (path: string) => readPage(DIST, path).querySelectorAll('main .list li a').map(textOf);

  test('split 45 articles into pages of 20, 20 and 5, newest first', () => {
    expect(titles('/columns/yaowen/')).toHaveLength(20);
    expect(titles('/columns/yaowen/2/')).toHaveLength(20);
    expect(titles('/columns/yaowen/3/')).toHaveLength(5);
    expect(hasPage(DIST, '/columns/yaowen/4/')).toBe(false);
    expect(titles('/columns/yaowen/')[0]).toBe('示范县完成青石岭水库除险加固工程');
    expect(titles('/columns/yaowen/3/').at(-1)).toBe('示范县第01期工作简报');
  });

  test('link the numbered pager with plain links', () => {
    const pager = readPage(DIST, '/columns/yaowen/2/').querySelectorAll('nav.pager li > *');
    expect(pager.map((el) => [textOf(el), el.getAttribute('href') ?? null])).toEqual([
      ['首页', '/columns/yaowen/'],
      ['上一页', '/columns/yaowen/'],
      ['1', '/columns/yaowen/'],
      ['2', null],
      ['3', '/columns/yaowen/3/'],
      ['下一页', '/columns/yaowen/3/'],
      ['尾页', '/columns/yaowen/3/'],
    ]);
  });

  test('say so when a column has no articles', () => {
    expect(textOf(readPage(DIST, '/columns/kong/').querySelector('main'))).toContain('暂无文章。');
  });
});

describe('drafts', () => {
  test('a draft has no page and no list entry in a production build', () => {
    expect(hasPage(DIST, '/articles/2024/04/caogao/')).toBe(false);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).not.toContain('尚未完成的草稿稿件');
  });
});

describe('home and 404', () => {
  test('the home page links the latest article and has a block per column', () => {
    const home = readPage(DIST, '/');
    expect(home.querySelector('main .list a')?.getAttribute('href')).toBe('/articles/2024/04/hostile-html/');
    expect(home.querySelectorAll('.block h2').map(textOf)).toEqual(['要闻', '通知公告', '空栏目']);
  });

  test('a 404 page exists, says the page is missing and is not indexed', () => {
    const page = readPage(DIST, '/404.html');
    expect(textOf(page.querySelector('h1'))).toBe('页面不存在（404）');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('search index', () => {
  test('Pagefind indexed exactly the 52 listed articles in zh-cn', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']?.page_count).toBe(52);
  });
});
