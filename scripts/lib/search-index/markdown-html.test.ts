import fc from 'fast-check';
import { markdownBody } from '../../../src/lib/plain-prose.testing.ts';
import { describe, expect, test } from 'vitest';
import { markdownToSearchHtml, parsedMarkdownToSearchHtml, simpleMarkdownToHtml } from './markdown-html.ts';

describe('simpleMarkdownToHtml', () => {
  test('writes paragraphs and headings of plain prose as the Markdown processor does', () => {
    const body = '## 小标题\n\n第一段，2024年5月1日 09:30。\n同一段的第二行（全角）。\n\n\n第二段 100%。\n### 三级标题';
    expect(simpleMarkdownToHtml(body)).toBe(
      '<h2>小标题</h2>\n<p>第一段，2024年5月1日 09:30。\n同一段的第二行（全角）。</p>\n<p>第二段 100%。</p>\n<h3>三级标题</h3>',
    );
    expect(simpleMarkdownToHtml(body)).toBe(parsedMarkdownToSearchHtml(body));
  });

  test('leaves anything else to the processor', () => {
    for (const body of [
      '**“重点”**后文',
      '正文<script>x</script>',
      '网址 www.gov.cn',
      '邮箱 a@b.cn',
      '> 引文\n懒惰的续行',
      '    缩进',
      '标题\n===',
      '| a | b |\n| - |',
      '行尾两个空格  \n下一行',
      'A &amp; B',
      '## 标题 ##',
    ])
      expect(simpleMarkdownToHtml(body)).toBeUndefined();
    // Emphasis next to punctuation of ambiguous width goes through the pipeline, which reads it CJK-friendly.
    expect(markdownToSearchHtml('**“重点”**后文')).toBe('<p><strong>“重点”</strong>后文</p>');
    // Next to wide CJK punctuation it is simple, and bold as in the pipeline (CommonMark alone would show the asterisks).
    expect([simpleMarkdownToHtml('**重点。**后文'), parsedMarkdownToSearchHtml('**重点。**后文')]).toEqual([
      '<p><strong>重点。</strong>后文</p>',
      '<p><strong>重点。</strong>后文</p>',
    ]);
    // Simple Markdown is written without the pipeline, and without the page's link attributes.
    expect(markdownToSearchHtml('见[原文](https://www.gov.cn/)')).toBe('<p>见<a href="https://www.gov.cn/">原文</a></p>');
  });

  test('agrees with the processor on every body it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(markdownBody, (body) => {
        const plain = simpleMarkdownToHtml(body);
        if (plain === undefined) return;
        accepted += 1;
        expect(plain).toBe(parsedMarkdownToSearchHtml(body));
      }),
      { numRuns: 3000 },
    );
    // About one body in five is plain enough: the property is not checked on nothing.
    expect(accepted).toBeGreaterThan(300);
  });
});
