import { describe, expect, test } from 'vitest';
import { textToQrSvg } from './qr.ts';

describe('textToQrSvg', () => {
  test('returns one labelled, sized SVG element with a square viewBox', async () => {
    const svg = await textToQrSvg('https://fixture.example.cn/articles/2024/03/shuiku-jiagu/', '本页二维码 "a" <b>');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="本页二维码 &quot;a&quot; &lt;b>" width="160" height="160" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<script');
  });
  test('returns a different code for a different URL', async () => {
    expect(await textToQrSvg('https://a.cn/1/', 'x')).not.toBe(await textToQrSvg('https://a.cn/2/', 'x'));
  });
});
