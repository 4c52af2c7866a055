import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import type { SiteData } from '../../../src/schemas/site-data.ts';
import { PLACEHOLDER_BODY, scaffoldArticle } from './scaffold.ts';

const site = {
  site: {} as SiteData['site'],
  columns: [{ name: '廉政舆情', slug: 'lianzheng-yuqing', order: 1, description: '' }],
  sources: [{ name: '新华社', slug: 'xinhua', aliases: ['新华网'], kind: '中央新闻单位' }],
  synonyms: [],
} satisfies SiteData;

describe('scaffoldArticle', () => {
  test('returns a valid draft at YYYY/MM/<pinyin slug>.md with the canonical source', () => {
    const result = scaffoldArticle(
      { title: '清风行动', source: '新华网', originalUrl: 'https://www.example.cn/a.html', category: '廉政舆情', date: '2024-05-06' },
      site,
      '/repo/content/articles',
      '/repo',
    );
    expect(result).toEqual({
      ok: true,
      path: '/repo/content/articles/2024/05/qing-feng-xing-dong.md',
      file: 'content/articles/2024/05/qing-feng-xing-dong.md',
      text: `---\ntitle: 清风行动\ndate: 2024-05-06\nsource: 新华社\noriginalUrl: https://www.example.cn/a.html\ncategory: 廉政舆情\ndraft: true\n---\n\n${PLACEHOLDER_BODY}`,
    });
    if (result.ok) expect(matter(result.text, {}).data['draft']).toBe(true);
  });

  test('defaults the date to today in Beijing time', () => {
    const result = scaffoldArticle(
      { title: 'T', source: '新华社', originalUrl: 'https://a.cn/', category: '廉政舆情' },
      site,
      '/r/a',
      '/r',
      new Date('2024-12-31T17:30:00Z'),
    );
    expect(result.ok && result.file).toBe('a/2025/01/t.md');
  });

  test('reports an unknown column and a bad URL with the schema’s messages', () => {
    const result = scaffoldArticle(
      { title: '标题', source: '新华社', originalUrl: 'www.example.cn', category: '要闻' },
      site,
      '/r/a',
      '/r',
    );
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['originalUrl', 'category']);
  });
});
