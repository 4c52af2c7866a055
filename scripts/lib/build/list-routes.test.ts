import { describe, expect, test } from 'vitest';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { compareNewestFirst } from '../../../src/lib/visibility.ts';
import { sampleArticle } from '../search-index/testing.ts';
import { articleKeys } from './incremental.ts';
import { listRouteKeys, routeToFile } from './list-routes.ts';
import { SITE } from './testing.ts';

const article = (id: string, data: Partial<ArticleData> = {}, body = `${id}的正文。`) => sampleArticle(id, data, body);
/** The keys of the listed articles, newest first, as `currentState` hands them over. */
const keys = (articles: ReturnType<typeof article>[], site = SITE) =>
  listRouteKeys(
    [...articles].sort(compareNewestFirst).map((a) => ({ id: a.id, data: a.data, ...articleKeys(a) })),
    site,
  );
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();

/** Twelve 要闻 articles from 新华社 in May 2024 (pages of 5: three pages), tagged 防汛 (the first six) or 供暖. */
const yaowen = Array.from({ length: 12 }, (_, i) =>
  article(`2024/05/y${String(i + 1).padStart(2, '0')}`, {
    date: `2024-05-${String(i + 10).padStart(2, '0')}`,
    title: `要闻第${i + 1}篇`,
    tags: [i < 6 ? '防汛' : '供暖'],
  }),
);
/** Three 通知公告 from the county in March 2023. */
const tongzhi = Array.from({ length: 3 }, (_, i) =>
  article(`2023/03/t${i + 1}`, { date: `2023-03-0${i + 1}`, title: `通知第${i + 1}篇`, category: '通知公告', source: '示范县人民政府' }),
);
const site = [...yaowen, ...tongzhi];
const base = keys(site);

describe('listRouteKeys', () => {
  test('returns every page of every column, source, tag and archive month, the archive years and the column feeds', () => {
    expect([...base.keys()].sort()).toEqual([
      '/archive/2023/',
      '/archive/2023/03/',
      '/archive/2024/',
      '/archive/2024/05/',
      '/archive/2024/05/2/',
      '/archive/2024/05/3/',
      '/columns/tongzhi/',
      '/columns/tongzhi/atom.xml',
      '/columns/tongzhi/rss.xml',
      '/columns/yaowen/',
      '/columns/yaowen/2/',
      '/columns/yaowen/3/',
      '/columns/yaowen/atom.xml',
      '/columns/yaowen/rss.xml',
      '/sources/county/',
      '/sources/xinhua/',
      '/sources/xinhua/2/',
      '/sources/xinhua/3/',
      '/tags/fang-xun/',
      '/tags/fang-xun/2/',
      '/tags/gong-nuan/',
      '/tags/gong-nuan/2/',
    ]);
  });

  test('a new article at the top of a list changes every page of that list and nothing of the others', () => {
    const added = keys([...site, article('2024/05/y13', { date: '2024-05-31', title: '要闻第13篇', tags: ['供暖'] })]);
    expect(changed(base, added)).toEqual([
      '/archive/2024/',
      '/archive/2024/05/',
      '/archive/2024/05/2/',
      '/archive/2024/05/3/',
      '/columns/yaowen/',
      '/columns/yaowen/2/',
      '/columns/yaowen/3/',
      '/columns/yaowen/atom.xml',
      '/columns/yaowen/rss.xml',
      '/sources/xinhua/',
      '/sources/xinhua/2/',
      '/sources/xinhua/3/',
      '/tags/gong-nuan/',
      '/tags/gong-nuan/2/',
    ]);
  });

  test('an article added at the end of a list changes only its last page', () => {
    const oldest = keys([...site, article('2024/05/y00', { date: '2024-05-01', title: '要闻第0篇', tags: ['防汛'] })]);
    expect(changed(base, oldest)).toEqual([
      '/archive/2024/',
      '/archive/2024/05/3/',
      '/columns/yaowen/3/',
      '/columns/yaowen/atom.xml',
      '/columns/yaowen/rss.xml',
      '/sources/xinhua/3/',
      '/tags/fang-xun/2/',
    ]);
    const county = keys([
      ...site,
      article('2023/02/t0', { date: '2023-02-28', title: '通知第0篇', category: '通知公告', source: '示范县人民政府' }),
    ]);
    expect(changed(base, county)).toEqual([
      '/archive/2023/',
      '/archive/2023/02/',
      '/columns/tongzhi/',
      '/columns/tongzhi/atom.xml',
      '/columns/tongzhi/rss.xml',
      '/sources/county/',
    ]);
  });

  test('articles that need a new page change every page of their list (the pager counts one more) and add it', () => {
    const older = Array.from({ length: 3 }, (_, i) =>
      article(`2023/02/t${i}`, { date: `2023-02-0${i + 1}`, title: `旧通知第${i}篇`, category: '通知公告', source: '示范县人民政府' }),
    );
    expect(changed(base, keys([...site, ...older]))).toEqual([
      '/archive/2023/',
      '/archive/2023/02/',
      '/columns/tongzhi/',
      '/columns/tongzhi/2/',
      '/columns/tongzhi/atom.xml',
      '/columns/tongzhi/rss.xml',
      '/sources/county/',
      '/sources/county/2/',
    ]);
  });

  test('a title or summary edit changes the pages and feeds that list the article, nothing else', () => {
    const retitled = keys(site.map((a) => (a.id === '2024/05/y02' ? article(a.id, { ...a.data, title: '要闻第2篇（更新）' }) : a)));
    // y02 is the 11th newest: page 3 of 要闻, of 新华社 and of May 2024; the 5th of 防汛, on its first page.
    expect(changed(base, retitled)).toEqual([
      '/archive/2024/05/3/',
      '/columns/yaowen/3/',
      '/columns/yaowen/atom.xml',
      '/columns/yaowen/rss.xml',
      '/sources/xinhua/3/',
      '/tags/fang-xun/',
    ]);
    const summarised = keys(site.map((a) => (a.id === '2023/03/t2' ? article(a.id, a.data, '新的第一段。') : a)));
    expect(changed(base, summarised)).toEqual([
      '/archive/2023/03/',
      '/columns/tongzhi/',
      '/columns/tongzhi/atom.xml',
      '/columns/tongzhi/rss.xml',
      '/sources/county/',
    ]);
  });

  test('a body edit after the summary changes nothing, unless feeds carry the whole text', () => {
    const edit = (list: typeof site) =>
      list.map((a) => (a.id === '2023/03/t2' ? article(a.id, a.data, `${a.body}\n\n编者按：补充了电话。`) : a));
    expect(changed(base, keys(edit(site)))).toEqual([]);
    const full = { ...SITE, site: { ...SITE.site, feed: 'full' as const } };
    expect(changed(keys(site, full), keys(edit(site), full))).toEqual(['/columns/tongzhi/atom.xml', '/columns/tongzhi/rss.xml']);
  });

  test('a tag no longer used loses its pages', () => {
    const untagged = keys(site.map((a) => ({ ...a, data: { ...a.data, tags: a.data.tags.filter((t) => t !== '供暖') } })));
    expect([...base.keys()].filter((p) => !untagged.has(p))).toEqual(['/tags/gong-nuan/', '/tags/gong-nuan/2/']);
  });
});

describe('routeToFile', () => {
  test('returns index.html of a page and the file of a feed, relative to the output folder', () => {
    expect([routeToFile('/columns/yaowen/2/'), routeToFile('/columns/yaowen/rss.xml'), routeToFile('/archive/2024/')]).toEqual([
      'columns/yaowen/2/index.html',
      'columns/yaowen/rss.xml',
      'archive/2024/index.html',
    ]);
  });
});
