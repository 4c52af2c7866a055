import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdastToMarkdown } from './markdown.ts';
import { extractFromText } from './text-copy.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import');

describe('extractFromText', () => {
  test('reads a gov.cn-style copy: unlabelled date beside 来源, 责任编辑 in the text, numbered subheadings, a photo credit kept as text', () => {
    const draft = extractFromText(readFileSync(join(FIXTURES, 'gov-text-copy.txt'), 'utf8'), {
      columns: ['时政要闻'],
      category: '时政要闻',
    });
    expect({ ...draft, body: mdastToMarkdown(draft.body) }).toEqual({
      title: '示例部门关于做好夏季防汛工作的通知',
      date: '2024-06-03 15:20',
      source: '示例部门网站',
      author: null,
      originalUrl: null,
      editor: '李某某',
      category: '时政要闻',
      baseUrl: null,
      body: [
        '各省、自治区、直辖市有关部门：',
        '为切实做好今年夏季防汛工作，保障人民群众生命财产安全，现将有关事项通知如下。',
        '## 一、压实防汛责任',
        '各地要落实以行政首长负责制为核心的防汛责任制，明确责任人，层层压实责任。',
        '新华社记者 王某 摄',
        '## 二、加强监测预警',
        '要密切关注雨情、水情变化，及时发布预警信息（详见附件）。\n',
      ].join('\n\n'),
    });
  });

  test('reads a news-site copy: title below the 来源 line and repeated, widget lines, video timer, 【责任编辑】', () => {
    const draft = extractFromText(readFileSync(join(FIXTURES, 'news-text-copy.txt'), 'utf8'), { columns: [] });
    expect({ ...draft, body: mdastToMarkdown(draft.body) }).toEqual({
      title: '示例省召开春季植树造林动员会 全年计划造林80万亩',
      date: '2024-03-08 21:05',
      source: '示例网',
      author: '周某',
      originalUrl: null,
      editor: '吴某',
      category: null,
      baseUrl: null,
      body: '新华社示例3月8日电（记者周某）示例省8日召开春季植树造林动员会，部署全年国土绿化工作。\n\n会议提出，今年全省计划完成造林80万亩，新建森林乡村100个。\n',
    });
  });

  test('returns a title from the first line when a copy has no header and no labels', () => {
    const draft = extractFromText('标题一行\n\n第一段正文,有半角逗号。\n', { columns: [] });
    expect([draft.title, draft.date, mdastToMarkdown(draft.body)]).toEqual(['标题一行', null, '第一段正文，有半角逗号。\n']);
  });
});

describe('extractFromText on arbitrary text', () => {
  test('never throws and returns strings or null for every field', async () => {
    const fc = await import('fast-check');
    const lines = fc.constantFrom(
      '发布时间:2024-04-18 来源: 新华社 作者:佚名',
      '原文链接:https://www.gov.cn/a.html',
      '当前所在:首页 > 要闻 > 正文',
      '正文,内容!',
      '',
      '  ',
      '[免责声明] 本文来源于网络转载',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(lines, fc.string({ maxLength: 40 })), { maxLength: 30 }), (parts) => {
        const draft = extractFromText(parts.join('\n'), { columns: ['要闻'] });
        for (const key of ['title', 'date', 'source', 'author', 'originalUrl', 'editor', 'category'] as const) {
          expect(draft[key] === null || typeof draft[key] === 'string').toBe(true);
        }
        expect(typeof mdastToMarkdown(draft.body)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractFromText with the source in the text', () => {
  test('returns the outlet of a 据新华社…电 dateline as the source', () => {
    const draft = extractFromText(readFileSync(join(FIXTURES, 'dateline-text-copy.txt'), 'utf8'), { columns: [] });
    expect([draft.title, draft.date, draft.source, draft.author, draft.editor]).toEqual([
      '青禾港集装箱吞吐量创新高',
      '2024-01-09 17:30',
      '新华社',
      null,
      '郑某',
    ]);
  });

  test('returns a closing （来源：…） as the source and leaves it out of the body', () => {
    const text =
      '示例标题新闻稿\n发布时间：2024-01-09\n示例市今年新建学校十二所，新增学位一万个。\n新学校将于九月投入使用。（来源：示例日报）\n';
    const draft = extractFromText(text, { columns: [] });
    expect([draft.source, mdastToMarkdown(draft.body)]).toEqual([
      '示例日报',
      '示例市今年新建学校十二所，新增学位一万个。\n\n新学校将于九月投入使用。\n',
    ]);
  });
});
