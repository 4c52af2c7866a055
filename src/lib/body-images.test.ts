import { describe, expect, test } from 'vitest';
import { bodyNeedsContentLayer } from './body-images.ts';

describe('bodyNeedsContentLayer', () => {
  test('returns false for a body without images, Chinese text and full-width brackets included', () => {
    expect(bodyNeedsContentLayer('第一段！［图］（见附件）\n\n[链接](https://www.gov.cn/)', false)).toBe(false);
    expect(bodyNeedsContentLayer('', false)).toBe(false);
  });

  test('returns false for remote images, with or without a title, when no host is allowed', () => {
    const body = '![会议现场](https://www.example.cn/a.jpg "图为会议现场")\n\n图1：说明\n\n![](http://img.example.cn/b.png)';
    expect(bodyNeedsContentLayer(body, false)).toBe(false);
  });

  test('returns true for a remote image when the image config allows remote hosts', () => {
    expect(bodyNeedsContentLayer('![图](https://www.example.cn/a.jpg)', true)).toBe(true);
  });

  test('returns true for a local image, an image reference and an image after a remote one', () => {
    expect(bodyNeedsContentLayer('![现场](./images/a.jpg)', false)).toBe(true);
    expect(bodyNeedsContentLayer('![现场][1]\n\n[1]: ./a.jpg', false)).toBe(true);
    expect(bodyNeedsContentLayer('![a](https://x.example.cn/a.jpg) 与 ![b](b.jpg)', false)).toBe(true);
    expect(bodyNeedsContentLayer('![](<https://x.example.cn/a b.jpg>)', false)).toBe(true);
  });
});
