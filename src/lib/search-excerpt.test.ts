import { describe, expect, test } from 'vitest';
import { contentToExcerpt, excerptToParts } from './search-excerpt.ts';

describe('excerptToParts', () => {
  test('turns <mark> into marked parts and unescapes the rest as text', () => {
    expect(excerptToParts('标题&lt;script&gt;alert(1)&lt;/script&gt; <mark>监察法</mark>实施')).toEqual([
      { text: '标题<script>alert(1)</script> ', mark: false },
      { text: '监察法', mark: true },
      { text: '实施', mark: false },
    ]);
  });
  test('keeps an ampersand as text', () => {
    expect(excerptToParts('A&amp;B')).toEqual([{ text: 'A&amp;B', mark: false }]);
  });
});

describe('contentToExcerpt', () => {
  test('marks every occurrence of every term around the first one', () => {
    expect(contentToExcerpt('示范市今年新建5G基站1200个，5G基站覆盖城区。', [['5g基站']])).toEqual([
      { text: '示范市今年新建', mark: false },
      { text: '5G基站', mark: true },
      { text: '1200个，', mark: false },
      { text: '5G基站', mark: true },
      { text: '覆盖城区。', mark: false },
    ]);
  });
  test('finds a term typed without the quotation marks of the text', () => {
    expect(contentToExcerpt('播下“文明种”，盛开“幸福花”。', [['下文明种']])).toEqual([
      { text: '播', mark: false },
      { text: '下“文明种', mark: true },
      { text: '”，盛开“幸福花”。', mark: false },
    ]);
  });
  test('cuts long text with ellipses on both sides', () => {
    const parts = contentToExcerpt(`${'甲'.repeat(100)}柏青禾${'乙'.repeat(100)}`, [['柏青禾']], 30);
    expect(parts?.map((p) => p.text).join('')).toBe(`…${'甲'.repeat(9)}柏青禾${'乙'.repeat(18)}…`);
  });
  test('takes the excerpt where the pieces sit closest together, not at the first piece', () => {
    const content = `辽宁召开全省会议。${'其他工作内容。'.repeat(20)}辽宁省持续优化营商环境，推动民营经济发展。`;
    const parts = contentToExcerpt(content, [['辽宁'], ['营商环境']], 30);
    expect(parts?.filter((p) => p.mark).map((p) => p.text)).toEqual(['辽宁', '营商环境']);
    expect(parts?.map((p) => p.text).join('')).toBe('…他工作内容。辽宁省持续优化营商环境，推动民营经济发展。');
  });
  test('marks the form of a piece that the text holds, any of a group', () => {
    expect(contentToExcerpt('市工业和信息化部门召开会议。', [['工信部', '工业和信息化部']])).toEqual([
      { text: '市', mark: false },
      { text: '工业和信息化部', mark: true },
      { text: '门召开会议。', mark: false },
    ]);
  });
  test('returns undefined when no term occurs literally', () => {
    expect(contentToExcerpt('没有这个词', [['量子隧穿']])).toBeUndefined();
  });
});
