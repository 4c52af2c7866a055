import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasPage, readPage, textOf } from '../setup/dist.ts';
import { FIXTURE_DIST as DIST } from '../setup/paths.ts';

const SITE = 'https://fixture.example.cn';
const HOSTILE_TITLE = '关于“</script>”与"引号"的说明 🎉';
const listTitles = (path: string) => readPage(DIST, path).querySelectorAll('main .list li a').map(textOf);
const counted = (path: string) =>
  readPage(DIST, path)
    .querySelectorAll('main .counted li')
    .map((li) => textOf(li));

describe('source pages', () => {
  test('the index groups sources by kind with their article counts', () => {
    const page = readPage(DIST, '/sources/');
    expect(page.querySelectorAll('main h2').map(textOf)).toEqual(['地方新闻单位', '政府网站']);
    expect(counted('/sources/')).toEqual(['示范日报（3篇）', '示范省发展和改革委员会（2篇）', '示范县人民政府（47篇）']);
  });

  test('a source with 47 articles has pages of 20, 20 and 7 with the numbered pager', () => {
    expect(listTitles('/sources/shifan-xian/')).toHaveLength(20);
    expect(listTitles('/sources/shifan-xian/3/')).toEqual([
      '示范县第05期工作简报',
      '示范县第04期工作简报',
      '示范县第03期工作简报',
      '示范县第02期工作简报',
      '示范县第01期工作简报',
      '示范县做好冬季供热保障工作',
      '示范县做好高考服务保障工作',
    ]);
    expect(hasPage(DIST, '/sources/shifan-xian/4/')).toBe(false);
    expect(readPage(DIST, '/sources/shifan-xian/3/').querySelector('nav.pager a')?.getAttribute('href')).toBe('/sources/shifan-xian/');
  });

  test('the source page lists only that source, through aliases too', () => {
    expect(listTitles('/sources/shifan-ribao/')).toEqual([
      '含有不安全代码的测试稿件',
      '示范县完成青石岭水库除险加固工程',
      '示范县召开冬季水库安全度汛会议',
    ]);
  });

  test('the article page links its source', () => {
    const link = readPage(DIST, '/articles/2024/03/shuiku-jiagu/').querySelector('.article-meta a');
    expect([textOf(link), link?.getAttribute('href')]).toEqual(['示范日报', '/sources/shifan-ribao/']);
  });
});

describe('columns index', () => {
  test('lists every column with its count and description', () => {
    expect(counted('/columns/')).toEqual(['要闻（45篇）示范要闻栏目。', '通知公告（7篇）示范通知公告。', '空栏目（0篇）没有文章的栏目。']);
  });
});

describe('archive', () => {
  test('the index lists years newest first, each with its months and counts', () => {
    const page = readPage(DIST, '/archive/');
    expect(page.querySelectorAll('main h2').map(textOf)).toEqual(['2024年（5篇）', '2023年（45篇）', '2022年（2篇）']);
    expect(page.querySelectorAll('main section')[1]?.querySelectorAll('li').map(textOf)).toEqual([
      '12月（1篇）',
      '2月（13篇）',
      '1月（31篇）',
    ]);
  });

  test('a year page links its months', () => {
    const links = readPage(DIST, '/archive/2022/').querySelectorAll('main .counted a');
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['2022年11月', '/archive/2022/11/'],
      ['2022年6月', '/archive/2022/06/'],
    ]);
  });

  test('a month with 31 articles has two pages', () => {
    expect(listTitles('/archive/2023/01/')).toHaveLength(20);
    expect(listTitles('/archive/2023/01/2/')).toHaveLength(11);
    expect(hasPage(DIST, '/archive/2023/01/3/')).toBe(false);
    expect(listTitles('/archive/2024/03/')).toEqual([HOSTILE_TITLE, '示范县完成青石岭水库除险加固工程']);
  });

  test('has no page for a month without articles', () => {
    expect(hasPage(DIST, '/archive/2023/03/')).toBe(false);
  });
});

describe('tags', () => {
  test('the index lists tags, most used first, with ASCII pinyin slugs', () => {
    const links = readPage(DIST, '/tags/').querySelectorAll('main .counted li');
    expect(links.map((li) => [textOf(li), li.querySelector('a')?.getAttribute('href')])).toEqual([
      ['水利（3篇）', '/tags/shui-li/'],
      ['防汛（2篇）', '/tags/fang-xun/'],
      ['安全生产（1篇）', '/tags/an-quan-sheng-chan/'],
      ['特殊字符（1篇）', '/tags/te-shu-zi-fu/'],
    ]);
  });

  test('a tag page lists its articles newest first', () => {
    expect(listTitles('/tags/shui-li/')).toEqual([HOSTILE_TITLE, '示范县完成青石岭水库除险加固工程', '示范县召开冬季水库安全度汛会议']);
  });

  test('the article page links its tags', () => {
    const links = readPage(DIST, '/articles/2024/03/shuiku-jiagu/').querySelectorAll('.tag-links a');
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['水利', '/tags/shui-li/'],
      ['防汛', '/tags/fang-xun/'],
    ]);
  });
});

describe('article page additions', () => {
  test('上一篇 is the newer and 下一篇 the older article of the same column', () => {
    const rows = readPage(DIST, '/articles/2024/03/yinhao-biaoti/').querySelectorAll('nav.prev-next li');
    expect(rows.map(textOf)).toEqual(['上一篇：含有不安全代码的测试稿件', '下一篇：示范省部署春节期间安全生产工作']);
    expect(rows.map((r) => r.querySelector('a')?.getAttribute('href'))).toEqual([
      '/articles/2024/04/hostile-html/',
      '/articles/2024/02/chunjie-anquan/',
    ]);
  });

  test('the first and last articles of a column say 没有了', () => {
    expect(readPage(DIST, '/articles/2024/04/hostile-html/').querySelectorAll('nav.prev-next li').map(textOf)[0]).toBe('上一篇：没有了');
    expect(readPage(DIST, '/articles/2022/06/gaokao-fuwu/').querySelectorAll('nav.prev-next li').map(textOf)[1]).toBe('下一篇：没有了');
  });

  test('相关文章 puts articles sharing tags and title terms first', () => {
    const related = readPage(DIST, '/articles/2024/03/shuiku-jiagu/').querySelectorAll('.related li a').map(textOf);
    expect(related.slice(0, 2)).toEqual(['示范县召开冬季水库安全度汛会议', HOSTILE_TITLE]);
    expect(related).toHaveLength(5);
    expect(related).not.toContain('示范县完成青石岭水库除险加固工程');
  });

  test('shows 删节说明 for an abridged article and 原标题 when it differs', () => {
    expect(textOf(readPage(DIST, '/articles/2024/02/chunjie-anquan/').querySelector('.abridged'))).toBe(
      '删节说明：删去了附件中的联系人名单。',
    );
    expect(readPage(DIST, '/articles/2024/03/yinhao-biaoti/').querySelectorAll('.article-meta span').map(textOf)).toContain(
      '原标题：原题：<b>“特殊字符”</b> & </script> 🎉',
    );
  });

  test('the toolbar has 字号 大/中/小, 高对比度, 打印 and a build-time QR code of the page URL', () => {
    const bar = readPage(DIST, '/articles/2024/03/shuiku-jiagu/').querySelector('.toolbar');
    expect(bar?.querySelectorAll('button').map(textOf)).toEqual(['大', '中', '小', '高对比度', '打印']);
    const svg = bar?.querySelector('.share svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.querySelector('path')).not.toBeNull();
    expect(textOf(bar?.querySelector('.share-url'))).toBe(`${SITE}/articles/2024/03/shuiku-jiagu/`);
    expect(bar?.querySelectorAll('script, img')).toHaveLength(0);
  });
});

describe('metadata', () => {
  const html = readFileSync(join(DIST, 'articles/2024/03/yinhao-biaoti/index.html'), 'utf8');
  const page = readPage(DIST, '/articles/2024/03/yinhao-biaoti/');
  const meta = (attr: 'name' | 'property', key: string) =>
    page.querySelectorAll(`meta[${attr}="${key}"]`).map((m) => m.getAttribute('content'));

  test('the JSON-LD of a title with quotes, </script> and emoji parses to the exact NewsArticle', () => {
    expect(page.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
    // A browser ends a script element at the first `</script`, whatever the JSON says: cut there too.
    const start = html.indexOf('<script type="application/ld+json">') + '<script type="application/ld+json">'.length;
    const ld = JSON.parse(html.slice(start, html.indexOf('</script', start))) as Record<string, unknown>;
    const source = { '@type': 'Organization', name: '示范省发展和改革委员会', url: 'https://fgw.example.gov/' };
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/articles/2024/03/yinhao-biaoti/` },
      url: `${SITE}/articles/2024/03/yinhao-biaoti/`,
      headline: HOSTILE_TITLE,
      description: '摘要含有行分隔符\u2028段落分隔符\u2029和控制字符\u000B，以及 <script> 与 & 符号。',
      datePublished: '2024-03-20T09:00:00+08:00',
      author: { '@type': 'Person', name: '宋知远' },
      publisher: { '@type': 'Organization', name: '示范转载网', url: `${SITE}/` },
      articleSection: '通知公告',
      keywords: '水利,特殊字符',
      inLanguage: 'zh-CN',
      isBasedOn: {
        '@type': 'NewsArticle',
        url: 'https://fgw.example.gov/tzgg/202403/t20240320_7.html',
        headline: '原题：<b>“特殊字符”</b> & </script> 🎉',
        publisher: source,
      },
      sourceOrganization: source,
      copyrightHolder: source,
    });
  });

  test('has the government CMS meta tags', () => {
    expect(meta('name', 'SiteName')).toEqual(['示范转载网']);
    expect(meta('name', 'ColumnName')).toEqual(['通知公告']);
    expect(meta('name', 'ArticleTitle')).toEqual([HOSTILE_TITLE]);
    expect(meta('name', 'PubDate')).toEqual(['2024-03-20 09:00']);
    expect(meta('name', 'ContentSource')).toEqual(['示范省发展和改革委员会']);
  });

  test('has OpenGraph tags', () => {
    expect(meta('property', 'og:type')).toEqual(['article']);
    expect(meta('property', 'og:title')).toEqual([HOSTILE_TITLE]);
    expect(meta('property', 'og:url')).toEqual([`${SITE}/articles/2024/03/yinhao-biaoti/`]);
    expect(meta('property', 'og:site_name')).toEqual(['示范转载网']);
    expect(meta('property', 'article:published_time')).toEqual(['2024-03-20T09:00:00+08:00']);
    expect(meta('property', 'article:tag')).toEqual(['水利', '特殊字符']);
  });

  test.each([
    ['/articles/2024/03/shuiku-jiagu/', 'self (site default)', `${SITE}/articles/2024/03/shuiku-jiagu/`, undefined],
    ['/articles/2023/12/dongji-fangxun/', 'original (article override)', 'https://daily.example.org/news/2023/1215/dongji.html', undefined],
    ['/articles/2024/02/chunjie-anquan/', 'noindex (article override)', undefined, 'noindex, follow'],
  ])('%s follows the canonical policy %s', (path, _policy, canonical, robots) => {
    const p = readPage(DIST, path);
    expect(p.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(p.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(robots);
  });

  test('pages link the site feeds, and a column page its own feeds too', () => {
    const alternates = readPage(DIST, '/columns/tongzhi/')
      .querySelectorAll('link[rel="alternate"]')
      .map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['application/rss+xml', '/columns/tongzhi/rss.xml'],
      ['application/atom+xml', '/columns/tongzhi/atom.xml'],
      ['application/rss+xml', '/rss.xml'],
      ['application/atom+xml', '/atom.xml'],
    ]);
    expect(readPage(DIST, '/').querySelectorAll('link[rel="alternate"]')).toHaveLength(2);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');

  test('robots.txt points to the sitemap index, which points to the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });

  test('lists articles with lastmod from this site’s publish date', () => {
    expect(sitemap).toContain(`<url><loc>${SITE}/articles/2024/03/shuiku-jiagu/</loc><lastmod>2024-03-12T02:05:00.000Z</lastmod></url>`);
    expect(sitemap).toContain(`<loc>${SITE}/sources/shifan-xian/3/</loc>`);
  });

  test('leaves out the 404 page, drafts and articles whose canonical is not this site', () => {
    expect(sitemap).not.toContain('/404');
    expect(sitemap).not.toContain('/caogao/');
    expect(sitemap).not.toContain('/dongji-fangxun/');
    expect(sitemap).not.toContain('/chunjie-anquan/');
  });
});
