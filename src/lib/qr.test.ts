import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { describe, expect, test } from 'vitest';
import { textToQrSvg } from './qr.ts';

/** Reads the SVG as a scanner would: its dark modules drawn 4 px each (quiet zone included), then ZXing's detector and decoder. */
function scan(svg: string): string {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)![1]!;
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else for (let i = 0; i < Number(a); i++) dark.add(`${x++},${y}`);
  }
  const px = 4;
  const width = size * px;
  const luminance = new Uint8ClampedArray(width * width).fill(255);
  for (const cell of dark) {
    const [cx, cy] = cell.split(',').map(Number) as [number, number];
    for (let dy = 0; dy < px; dy++) luminance.fill(0, (cy * px + dy) * width + cx * px, (cy * px + dy) * width + cx * px + px);
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, width)));
  return new QRCodeReader().decode(bitmap).getText();
}

describe('textToQrSvg', () => {
  test('returns one labelled, sized SVG element with a square viewBox', async () => {
    const svg = await textToQrSvg('https://fixture.example.cn/articles/2024/03/shuiku-jiagu/', '本页二维码 "a" <b>');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="本页二维码 &quot;a&quot; &lt;b>" width="160" height="160" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<script');
  });

  test('scans back to the URL it encodes, short or long, ASCII or percent-encoded Chinese', async () => {
    const urls = [
      'https://a.cn/1/',
      'https://fixture.example.cn/articles/2024/03/shuiku-jiagu/',
      'https://www.lianzheng.example.gov.cn/zhuanzai/articles/2026/11/guanyu-zuohao-2026-nian-yanglao-fuwu-gongzuo-de-tongzhi/',
      `https://example.cn/articles/${encodeURIComponent('养老服务工作推进会')}/`,
    ];
    for (const url of urls) expect(scan(await textToQrSvg(url, 'x'))).toBe(url);
  });

  test('returns a different code for a different URL', async () => {
    expect(await textToQrSvg('https://a.cn/1/', 'x')).not.toBe(await textToQrSvg('https://a.cn/2/', 'x'));
  });
});
