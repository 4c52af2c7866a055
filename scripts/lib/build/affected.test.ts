import { describe, expect, test } from 'vitest';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { sampleArticle } from '../search-index/testing.ts';
import { pageContexts, shownAt } from './affected.ts';
import { SITE } from './testing.ts';

const NOW = '2024-06-01 12:00';
const article = (id: string, data: Partial<ArticleData> = {}) => sampleArticle(id, data, `${id}的正文。`);
const contexts = (articles: ReturnType<typeof article>[]) => pageContexts(articles, SITE, NOW);
/** Ids whose context differs between two sets of articles (or that only one of them has). */
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id)).sort();

/** A column of eight articles (one a day) with titles that share nothing, and one in another column. */
const column = Array.from({ length: 8 }, (_, i) =>
  article(`2024/05/y${i + 1}`, {
    date: `2024-05-${String(i + 10).padStart(2, '0')}`,
    title: ['堤防巡查', '秸秆还田', '夜市管理', '校车安全', '古树保护', '冬春供暖', '燃气入户', '河道清淤'][i] ?? '',
  }),
);
const other = article('2024/05/t1', { date: '2024-05-01', title: '乡村书屋开放', category: '通知公告', source: '示范县人民政府' });
const site = [...column, other];

describe('shownAt', () => {
  test('returns 2 for a listed article, 1 for a tombstone, 0 for a draft or a scheduled one', () => {
    expect([
      shownAt(article('a'), NOW),
      shownAt(article('a', { withdrawn: { date: '2024-05-31', reason: '权利人来函要求删除' } }), NOW),
      shownAt(article('a', { draft: true }), NOW),
      shownAt(article('a', { published: '2024-06-02 08:00' }), NOW),
    ]).toEqual([2, 1, 0, 0]);
  });
});

describe('pageContexts', () => {
  const base = contexts(site);

  test('returns a context for every article with a page and none for a draft', () => {
    const withDraft = contexts([...site, article('2024/05/d', { draft: true })]);
    expect([withDraft.size, withDraft.has('2024/05/d')]).toEqual([site.length, false]);
    expect(changed(base, withDraft)).toEqual([]);
  });

  test('a new newest article changes the pages near the top of its column (上一篇, 相关文章 topped up from the column), not another column', () => {
    const added = article('2024/05/y9', { date: '2024-05-20', title: '校园周边整治' });
    const after = contexts([...site, added]);
    const reached = changed(base, after);
    // The newest of the column gets 上一篇; the top-up of 相关文章 reaches a few more, down the column.
    expect(reached).toContain('2024/05/y8');
    expect(reached).toContain('2024/05/y9');
    expect(reached).not.toContain('2024/05/t1');
    expect(reached).not.toContain('2024/05/y1');
  });

  test('a summary edit changes no other page: pages show titles and dates of other articles', () => {
    const summarised = site.map((a) => (a.id === '2024/05/y4' ? { ...a, data: { ...a.data, summary: '编者写的新摘要。' } } : a));
    expect(changed(base, contexts(summarised))).toEqual([]);
  });

  test('a retitled article changes the pages that show it (its neighbours and related), not its own context', () => {
    const retitled = site.map((a) => (a.id === '2024/05/y4' ? { ...a, data: { ...a.data, title: '校车安全（更新）' } } : a));
    const reached = changed(base, contexts(retitled));
    expect(reached).toEqual(expect.arrayContaining(['2024/05/y3', '2024/05/y5']));
    expect(reached).not.toContain('2024/05/y4');
    expect(reached).not.toContain('2024/05/t1');
  });

  test('a withdrawn article leaves its neighbours: 上一篇/下一篇 skip it', () => {
    const withdrawn = site.map((a) =>
      a.id === '2024/05/y4' ? { ...a, data: { ...a.data, withdrawn: { date: '2024-05-31', reason: '权利人来函要求删除' } } } : a,
    );
    const after = contexts(withdrawn);
    expect(changed(base, after)).toEqual(expect.arrayContaining(['2024/05/y3', '2024/05/y5']));
    expect(after.has('2024/05/y4')).toBe(true);
  });

  test("a new tag with another tag's pinyin moves that tag's slug, which the other article's page shows", () => {
    // 防汛 sorts before 防讯 by code point and takes the slug fang-xun; 防讯 becomes fang-xun-<hash>.
    const tagged = site.map((a) => (a.id === '2024/05/y2' ? { ...a, data: { ...a.data, tags: ['防讯'] } } : a));
    const before = contexts(tagged);
    const added = article('2024/05/t2', {
      date: '2024-05-02',
      title: '农机补贴申报',
      category: '通知公告',
      source: '示范县人民政府',
      tags: ['防汛'],
    });
    const after = contexts([...tagged, added]);
    expect(changed(before, after)).toContain('2024/05/y2');
  });
});
