import { describe, expect, test } from 'vitest';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { articleToSearchHtml, planShards } from './records.ts';
import { sampleArticle } from './testing.ts';

const article = sampleArticle;

describe('planShards', () => {
  const articles = [
    article('2023/01/a', { date: '2023-01-05' }),
    article('2024/05/b', { date: '2024-05-01' }),
    article('2024/06/c', { date: '2024-06-01 09:00' }),
    article('2024/07/gone', { date: '2024-07-01', withdrawn: { date: '2024-07-02', reason: '权利人要求' } as ArticleData['withdrawn'] }),
    article('2024/07/draft', { date: '2024-07-01', draft: true }),
    article('2024/07/later', { date: '2024-07-01', published: '2024-08-01' }),
  ];

  test('groups listed articles by year, newest first, leaving out withdrawn, drafts and scheduled ones', () => {
    const shards = planShards(articles, 'year', '2024-07-15 12:00', 'v1');
    expect(shards.map((s) => [s.id, s.articles.map((a) => a.id)])).toEqual([
      ['2024', ['2024/06/c', '2024/05/b']],
      ['2023', ['2023/01/a']],
    ]);
  });

  test('changes only the hash of the shard whose article changed', () => {
    const before = planShards(articles, 'year', '2024-07-15 12:00', 'v1');
    const edited = articles.map((a) => (a.id === '2023/01/a' ? { ...a, body: `${a.body}补充。` } : a));
    const after = planShards(edited, 'year', '2024-07-15 12:00', 'v1');
    expect(after[0]?.hash).toBe(before[0]?.hash);
    expect(after[1]?.hash).not.toBe(before[1]?.hash);
  });

  test('cuts a year with more articles than the shard size into halves, quarters or months', () => {
    const inMonths = (year: string, months: number[]) =>
      months.map((m, i) => article(`${year}/${m}/${i}`, { date: `${year}-${String(m).padStart(2, '0')}-10` }));
    const plan = planShards(
      [
        ...inMonths('2024', [1, 2, 3, 7, 8]), // 3 and 2 by half: halves
        ...inMonths('2023', [1, 1, 2, 2, 5]), // 5 in the first half, 4 in Q1: months
        ...inMonths('2022', [5, 6, 9]), // 3: the whole year
        ...inMonths('2021', [1, 2, 3, 4, 11]), // 4 in the first half, 3 in Q1: quarters
      ],
      'year',
      '2025-01-01 00:00',
      'v1',
      3,
    );
    expect(plan.map((s) => [s.id, s.articles.length])).toEqual([
      ['2024-07', 2],
      ['2024-01', 3],
      ['2023-05', 1],
      ['2023-02', 2],
      ['2023-01', 2],
      ['2022', 3],
      ['2021-10', 1],
      ['2021-04', 1],
      ['2021-01', 3],
    ]);
  });

  test('changes every hash with the settings, and puts everything in one shard without shards', () => {
    const v1 = planShards(articles, 'year', '2024-07-15 12:00', 'v1');
    const v2 = planShards(articles, 'year', '2024-07-15 12:00', 'v2');
    expect(v2.map((s) => s.hash).filter((h, i) => h === v1[i]?.hash)).toEqual([]);
    expect(planShards(articles, 'none', '2024-08-02 00:00', 'v1').map((s) => [s.id, s.articles.length])).toEqual([['all', 4]]);
  });
});

describe('articleToSearchHtml', () => {
  test('carries the filters, sort key and metadata of the page, the headline and the sanitised body', () => {
    const html = articleToSearchHtml(
      article(
        '2024/04/x',
        { title: '“文明种”<b>', date: '2024-04-18 09:30', source: '新华社', category: '要闻' },
        '## 小标题\n\n正文<script>alert(1)</script>**重点**。',
      ),
    );
    expect(html).toBe(
      '<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>“文明种”&lt;b&gt;</title></head><body><div data-pagefind-body>' +
        '<span hidden data-pagefind-filter="栏目[data-value]" data-value="要闻"></span>' +
        '<span hidden data-pagefind-filter="来源[data-value]" data-value="新华社"></span>' +
        '<span hidden data-pagefind-filter="年份[data-value]" data-value="2024"></span>' +
        '<span hidden data-pagefind-sort="date[data-value]" data-value="2024-04-18 09:30 2024/04/x"></span>' +
        '<span hidden data-pagefind-meta="order[data-value]" data-value="2024-04-18 09:30 2024/04/x"></span>' +
        '<span hidden data-pagefind-meta="date[data-value]" data-value="2024-04-18"></span>' +
        '<span hidden data-pagefind-meta="source[data-value]" data-value="新华社"></span>' +
        '<span hidden data-pagefind-meta="column[data-value]" data-value="要闻"></span>' +
        '<h1>“文明种”&lt;b&gt;</h1><div class="article-body"><h2>小标题</h2>\n<p>正文<strong>重点</strong>。</p></div></div></body></html>',
    );
  });

  test('files each document number in the headline and body under 文号', () => {
    const html = articleToSearchHtml(
      article('2022/07/x', { title: '关于防汛的紧急通知' }, '示政明电〔2022〕1号\n\n根据国办发［2021］第12号文件，示政明电〔2022〕1号……'),
    );
    expect([...html.matchAll(/data-pagefind-filter="文号\[data-value\]" data-value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      '明电2022-1',
      '办发2021-12',
    ]);
  });
});
