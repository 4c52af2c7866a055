import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markdownToSummary, truncateChinese } from './summary.ts';

describe('markdownToSummary', () => {
  test('returns the first paragraph, skipping headings and images', () => {
    const md = '## 小标题\n\n![图](a.png)\n\n第一段，有[链接](https://x.cn)和**强调**。\n\n第二段。';
    expect(markdownToSummary(md)).toBe('第一段，有链接和强调。');
  });
  test('returns an empty string for an empty body', () => {
    expect(markdownToSummary('')).toBe('');
  });
});

describe('truncateChinese', () => {
  test('cuts at a sentence end when one is near the limit', () => {
    expect(truncateChinese('一二三四五六七八。九十一二', 10)).toBe('一二三四五六七八。');
  });
  test('adds an ellipsis when no sentence ends near the limit', () => {
    expect(truncateChinese('一二三四五六七八九十一二', 10)).toBe('一二三四五六七八九十…');
  });
  test('counts characters outside the BMP as one', () => {
    expect(truncateChinese('𠀀𠀀𠀀', 3)).toBe('𠀀𠀀𠀀');
  });
});

describe('markdownToSummary reads only up to the first paragraph', () => {
  /** The former implementation, which split the whole body: the reference the lazy one must match. */
  const splitWhole = (markdown: string, max = 120) => {
    const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
    const paragraph = blocks.map((b) => b.trim()).find((b) => b && !/^(#|!\[|\||<|>|[-*+] |\d+\. |```|---|import |export )/.test(b));
    return paragraph ? markdownToSummary(paragraph, max) : '';
  };
  test('gives what splitting the whole body gives, on bodies of headings, images, lists, tables, blank lines and CRLF', () => {
    const piece = fc.constantFrom(
      '## 小标题',
      '![图](a.jpg)',
      '| a | b |',
      '- 一项',
      '1. 一项',
      '<div>x</div>',
      '> 引文',
      '```',
      '---',
      '正文第一段。',
      '  ',
      '第二段**加粗**[链接](https://a.cn/)。',
      '\r\n',
      '\n',
      '\n\n',
      '\n\n\n',
      '\r\n\r\n',
      ' \n \n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const body = pieces.join('');
        expect(markdownToSummary(body)).toBe(splitWhole(body));
      }),
      { numRuns: 3000 },
    );
  });
});
