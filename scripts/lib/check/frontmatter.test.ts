import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { parseArticle, splitFrontmatter } from './frontmatter.ts';

/** gray-matter's answer, or the error it throws. */
const viaGrayMatter = (text: string) => {
  try {
    const { data, content } = matter(text, {});
    return { data, content };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const viaSplit = (text: string) => {
  try {
    return splitFrontmatter(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Lines of the kinds frontmatter and bodies hold, and the near misses of a closing `---`. */
const line = fc.constantFrom(
  'title: 辽宁优化营商环境',
  'date: 2024-05-06',
  'date: 2024-05-06 10:30',
  'source: 新华社',
  'originalUrl: https://www.gov.cn/a.html',
  'tags: [营商环境, 辽宁]',
  'tags:',
  '  - 营商环境',
  'summary: "引号：里有冒号"',
  'summary: 冒号: 未加引号',
  'empty:',
  '~',
  'null',
  '- 一项',
  '"只有字符串"',
  '# 注释',
  '  # 缩进的注释',
  '---',
  '----',
  '--- ',
  '---yaml',
  '...',
  '',
  '   ',
  '\r',
  'title: [未闭合',
  '正文第一段。',
  '## 小标题',
  'excerpt_separator: <!-- more -->',
);
const file = fc
  .tuple(fc.array(line, { maxLength: 8 }), fc.array(line, { maxLength: 6 }))
  .map(([front, body]) => `---\n${[...front, ...body].join('\n')}`);

describe('splitFrontmatter', () => {
  test('gives what gray-matter gives, data, body and errors alike', () => {
    fc.assert(
      fc.property(file, (text) => {
        expect(viaSplit(text)).toEqual(viaGrayMatter(text));
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ['---\ntitle: 标题\n---\n正文。\n', { data: { title: '标题' }, content: '正文。\n' }],
    ['---\n# 只有注释\n---\n\n正文', { data: {}, content: '\n正文' }],
    ['---\n~\n---\n正文', { data: {}, content: '正文' }],
    ['---\ntitle: 标题\n----\n正文', { data: { title: '标题' }, content: '-\n正文' }],
    ['---\ntitle: 标题\n', { data: { title: '标题' }, content: '' }],
  ])('%j', (text, expected) => {
    expect(splitFrontmatter(text)).toEqual(expected);
    expect(viaGrayMatter(text)).toEqual(expected);
  });
});

describe('parseArticle', () => {
  test('places the body and its first line', () => {
    const { article, problems } = parseArticle('a.md', '\ufeff---\r\ntitle: 标题\r\ndate: 2024-05-06\r\n---\r\n\r\n正文。\r\n');
    expect(problems).toEqual([]);
    expect([article?.data, article?.body, article?.bodyLine, [...(article?.keyLines ?? [])]]).toEqual([
      { title: '标题', date: new Date('2024-05-06T00:00:00.000Z') },
      '\n正文。\n',
      5,
      [
        ['title', 2],
        ['date', 3],
      ],
    ]);
  });
});
