import { describe, expect, test } from 'vitest';
import { isChromeLine } from './chrome.ts';

describe('isChromeLine', () => {
  test.each([
    '扫一扫在手机打开当前页',
    '【纠错】',
    '上一篇：青禾市召开春耕备耕工作会',
    '青禾市人民政府办公室主办　版权所有　青ICP备00000000号',
    '【字体：大 中 小】',
    '【打印】【关闭】',
    '分享到：微信 微博',
    'Play Video',
    '/2:54',
    '返回示例网，查看更多',
    '平台声明：该文观点仅代表作者本人，示例号系信息发布平台，示例网仅提供信息存储空间服务。',
    '+关注',
    '举报',
  ])('returns true for %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  test('returns false for article sentences, even ones that mention a QR code at length', () => {
    expect(isChromeLine('示例县今年新建乡村道路一百二十公里，改造危桥十八座。')).toBe(false);
    expect(isChromeLine('市民可以通过扫描公交站牌上的二维码查询车辆到站时间，这项服务已覆盖全市80%的公交线路，方便老年人出行。')).toBe(
      false,
    );
  });
});
