import { describe, expect, test } from 'vitest';
import { acceptFieldValue, firstAccepted, isInterfaceOnly, stripAccountBox, stripInterfaceTail } from './interface-words.ts';

describe('isInterfaceOnly', () => {
  test.each([
    '举报',
    '打印 分享',
    '字号：大 中 小',
    '【大】【中】【小】',
    '责任编辑',
    '返回顶部',
    '+关注',
    '【打印】 【关闭】',
    '来源：',
    '阅读 1234',
  ])('returns true for %s', (value) => {
    expect(isInterfaceOnly(value)).toBe(true);
  });

  test.each(['新华社', '佚名', '张三 李四', '中国青年报', '人民网－人民日报', '小康杂志'])('returns false for %s', (value) => {
    expect(isInterfaceOnly(value)).toBe(false);
  });
});

describe('stripInterfaceTail', () => {
  test.each([
    ['新华社 举报', '新华社'],
    ['新华社举报', '新华社'],
    ['示例日报 打印 分享', '示例日报'],
    ['张三 【打印】', '张三'],
    ['示例日报 | 字号 大 中 小', '示例日报'],
    ['示例日报 评论', '示例日报'],
    ['新京报评论', '新京报评论'],
    ['示例网 A+ A-', '示例网'],
    ['示例网 T|T', '示例网'],
    ['示例网 扫一扫', '示例网'],
    ['中国日报', '中国日报'],
  ])('returns %s without its buttons: %s', (value, expected) => {
    expect(stripInterfaceTail(value)).toBe(expected);
  });
});

describe('stripAccountBox', () => {
  test('returns the account name before the counters and the follow button', () => {
    expect(stripAccountBox('青禾观察 文章 128 总阅读 35万 关注')).toBe('青禾观察');
    expect(stripAccountBox('青禾观察文章128总阅读35万+关注')).toBe('青禾观察');
    expect(stripAccountBox('青禾观察')).toBe('青禾观察');
  });
});

describe('acceptFieldValue', () => {
  test('returns the value without furniture, or undefined when only furniture is left', () => {
    expect(acceptFieldValue('示例日报\u3000举报')).toBe('示例日报');
    expect(acceptFieldValue('青禾观察 文章 128 总阅读 35万 关注')).toBe('青禾观察');
    expect(acceptFieldValue('打印 关闭')).toBeUndefined();
    expect(acceptFieldValue('责任编辑')).toBeUndefined();
    expect(acceptFieldValue(undefined)).toBeUndefined();
  });
});

describe('firstAccepted', () => {
  test('returns the first candidate that is not interface words', () => {
    expect(firstAccepted([undefined, '分享', '示例网 打印', '新华社'])).toBe('示例网');
    expect(firstAccepted(['举报', '字号 大 中 小'])).toBeUndefined();
  });
});
