import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { closingSource, datelineSource, takeClosingSource } from './text-sources.ts';

describe('datelineSource', () => {
  test.each([
    ['新华社北京3月5日电（记者 张三）示例会议5日在北京开幕。', '新华社'],
    ['据新华社成都电 示例省近日发布……', '新华社'],
    ['中新网北京3月5日电 近日，……', '中新网'],
    ['新华社华盛顿3月4日电 ……', '新华社'],
    ['新华社电 近日，……', '新华社'],
    ['经济日报北京3月5日讯（记者 张三）……', '经济日报'],
    ['青禾县融媒体中心讯 近日，……', '青禾县融媒体中心'],
    ['央视网消息（新闻联播）：近日，……', '央视网'],
    ['据新华社报道，示例……', '新华社'],
    ['本报北京3月5日电 近日，……', undefined],
    ['本报讯（记者 张三）近日，……', undefined],
    ['近日，新华社记者走访了示例村。', undefined],
    ['电力公司今年新建变电站12座。', undefined],
  ])('returns the outlet of %s', (first, expected) => {
    expect(datelineSource(first)).toBe(expected);
  });
});

describe('closingSource', () => {
  test.each([
    ['……取得实效。（来源：示例日报）', '示例日报'],
    ['……取得实效。(来源:示例网)', '示例网'],
    ['【来源：青禾日报】', '青禾日报'],
    ['……（文章来源：青禾发布）', '青禾发布'],
    ['……取得实效。（据新华社）', '新华社'],
    ['……取得实效。（据《示例日报》报道）', '示例日报'],
    ['……取得实效。（本文来源：青禾发布）', '青禾发布'],
    ['……取得实效。（转自示例网）', '示例网'],
    ['……共二十项（据统计）', undefined],
    ['……取得实效。（来源：示例日报 记者 张三）', '示例日报'],
    ['……一般句子。', undefined],
    ['来源于生活的艺术（散文）', undefined],
  ])('returns the source closing %s', (last, expected) => {
    expect(closingSource(last)).toBe(expected);
  });
});

describe('takeClosingSource', () => {
  test('returns the source and removes it from the last paragraph, and drops a paragraph left empty', () => {
    const body: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '示例市新建学校12所。（来源：示例日报）' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '（来源：青禾日报）' }] },
      ],
    };
    expect(takeClosingSource(body)).toBe('青禾日报');
    expect(body.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '示例市新建学校12所。（来源：示例日报）' }] }]);
  });

  test('returns the source before a closing （完）, and nothing when a sentence follows it', () => {
    const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
    const body: Root = { type: 'root', children: [paragraph('示例市新建学校12所。（来源：示例日报）'), paragraph('（完）')] };
    expect(takeClosingSource(body)).toBe('示例日报');
    expect(body.children).toEqual([paragraph('示例市新建学校12所。'), paragraph('（完）')]);
    const later: Root = { type: 'root', children: [paragraph('示例市新建学校12所。（来源：示例日报）'), paragraph('新学校九月开学。')] };
    expect(takeClosingSource(later)).toBeUndefined();
  });
});
