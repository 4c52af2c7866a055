import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { articleFileToData, dataToArticleFile, fieldLines, isEmptyValue, SOURCE_KEY } from './article-file.ts';

const SEED = `---
title: 播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实
date: 2024-04-18
source: 中共辽宁省委组织部
author: 佚名
originalUrl: https://lndj.gov.cn/portaluploads/html/info/50012.html
category: 廉政舆情
---

播下“文明种”，盛开“幸福花”。
`;

/** A file as an editor may have written it: comments, quotes, a block list, a record. */
const HANDWRITTEN = `---
# 转载自新华社
title: "标题: 副标题"
date: '2024-05-01 09:30'
source: 新华网
tags:
  - 反腐败
  - 作风建设
withdrawn:
  date: 2024-06-01
  reason: 应权利人要求删除 # 见邮件
originalUrl: https://www.news.cn/a.html
category: 时政要闻
draft: true
---
正文第一段。
`;

const ORDER = ['title', 'date', 'source', 'originalUrl', 'category', 'author', 'tags', 'abridged', 'draft', 'withdrawn'];

describe('articleFileToData', () => {
  test('returns the frontmatter with dates as the strings written, the body and the source text', () => {
    expect(articleFileToData(SEED)).toEqual({
      title: '播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实',
      date: '2024-04-18',
      source: '中共辽宁省委组织部',
      author: '佚名',
      originalUrl: 'https://lndj.gov.cn/portaluploads/html/info/50012.html',
      category: '廉政舆情',
      body: '\n播下“文明种”，盛开“幸福花”。\n',
      [SOURCE_KEY]: SEED,
    });
  });

  test('returns the whole text as the body when there is no frontmatter', () => {
    expect(articleFileToData('只有正文。\n')).toEqual({ body: '只有正文。\n', [SOURCE_KEY]: '只有正文。\n' });
  });
});

describe('dataToArticleFile', () => {
  test.each([
    ['the seed article', SEED],
    ['a hand-written file with comments, quotes and a block list', HANDWRITTEN],
    ['a file with Windows line ends', SEED.replace(/\n/g, '\r\n')],
    ['a file without a final newline', SEED.trimEnd()],
  ])('returns %s byte for byte when nothing changed', (_name, text) => {
    expect(dataToArticleFile(articleFileToData(text), ORDER)).toBe(text);
  });

  test('returns the file with only the changed field’s line rewritten', () => {
    const data = { ...articleFileToData(SEED), author: '张三' };
    expect(dataToArticleFile(data, ORDER)).toBe(SEED.replace('author: 佚名', 'author: 张三'));
  });

  test('rewrites a block list in place and keeps the comments around it', () => {
    const data = { ...articleFileToData(HANDWRITTEN), tags: ['反腐败'] };
    expect(dataToArticleFile(data, ORDER)).toBe(HANDWRITTEN.replace('tags:\n  - 反腐败\n  - 作风建设\n', 'tags: [反腐败]\n'));
  });

  test('removes the line of a field that was emptied, and adds a new field at the end', () => {
    const data = { ...articleFileToData(HANDWRITTEN), draft: false, editor: '李四' };
    expect(dataToArticleFile(data, ORDER)).toBe(HANDWRITTEN.replace('draft: true\n---', 'editor: 李四\n---'));
  });

  test('changes only the body when only the body changed', () => {
    const data = { ...articleFileToData(SEED), body: '\n新的正文。\n' };
    expect(dataToArticleFile(data, ORDER)).toBe(`${SEED.slice(0, SEED.indexOf('---\n\n') + 4)}\n新的正文。\n`);
  });

  test('keeps the blank line that opens the body when the editor returns the body without it', () => {
    const data = { ...articleFileToData(SEED), body: '播下“文明种”，盛开“幸福花”。\n\n![](anshan/tu.png)\n' };
    expect(dataToArticleFile(data, ORDER)).toBe(`${SEED}\n![](anshan/tu.png)\n`);
  });

  test('writes a new article in order, dates unquoted, without empty values or desk keys', () => {
    const text = dataToArticleFile(
      {
        category: '廉政舆情',
        title: '我市召开“清廉建设”推进会',
        date: '2024-05-01 09:30',
        source: '新华社',
        originalUrl: 'https://www.news.cn/a.html',
        author: '佚名',
        tags: [],
        abridged: '',
        draft: false,
        withdrawn: { date: '', reason: '' },
        slug: 'wo-shi-zhao-kai',
        pathyear: '2024',
        pathmonth: '05',
        body: '正文。',
      },
      ORDER,
    );
    expect(text).toBe(
      '---\ntitle: 我市召开“清廉建设”推进会\ndate: 2024-05-01 09:30\nsource: 新华社\noriginalUrl: https://www.news.cn/a.html\ncategory: 廉政舆情\nauthor: 佚名\n---\n\n正文。\n',
    );
  });

  test('never turns a typed date into a timestamp that could shift the day', () => {
    const text = dataToArticleFile({ title: 'T', date: '2024-04-18', published: '2024-04-18 00:30', body: '' }, ORDER);
    expect(text).toBe('---\ntitle: T\ndate: 2024-04-18\npublished: 2024-04-18 00:30\n---\n\n');
    expect(text).not.toContain('T00:00:00.000Z');
    expect(articleFileToData(text)).toMatchObject({ date: '2024-04-18', published: '2024-04-18 00:30' });
  });

  test('returns text that gray-matter (the checker) reads back as the same values', () => {
    const value = fc.oneof(
      fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== ''),
      fc.constantFrom('标题: 副标题', '[通知]', '#1', 'true', '1234', 'a, b', '“引号”'),
    );
    fc.assert(
      fc.property(value, fc.array(value, { minLength: 1, maxLength: 3 }), (title, tags) => {
        const text = dataToArticleFile({ title, tags, body: '' }, ORDER);
        expect(matter(text).data).toEqual({ title, tags });
        expect(articleFileToData(text)).toMatchObject({ title, tags });
      }),
    );
  });
});

describe('fieldLines', () => {
  test('returns a record as an indented block without its empty values', () => {
    expect(fieldLines('withdrawn', { date: '2024-06-01', reason: '应权利人要求删除', received: '' })).toEqual([
      'withdrawn:',
      '  date: 2024-06-01',
      '  reason: 应权利人要求删除',
    ]);
  });
});

describe('isEmptyValue', () => {
  test('returns true for what a file leaves out and false for values', () => {
    expect([undefined, null, '', false, [], { a: '' }].map(isEmptyValue)).toEqual([true, true, true, true, true, true]);
    expect([0, true, '佚名', ['a'], { a: 'b' }].map(isEmptyValue)).toEqual([false, false, false, false, false]);
  });
});
