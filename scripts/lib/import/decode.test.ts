import { describe, expect, test } from 'vitest';
import { charsetLabelToDecoder, decodePage } from './decode.ts';

const gb = (bytes: number[]) => Uint8Array.from(bytes);
/** 新闻 in GB2312/GBK/GB18030. */
const XINWEN_GB = [0xd0, 0xc2, 0xce, 0xc5];
/** 新聞 in Big5. */
const XINWEN_BIG5 = [0xb7, 0x73, 0xbb, 0x44];
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

describe('decodePage', () => {
  test('returns GB18030 text for a page that declares gb2312 in http-equiv', () => {
    const page = gb([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'), ...XINWEN_GB]);
    expect(decodePage(page)).toMatchObject({ charset: 'gb18030', evidence: 'meta' });
    expect(decodePage(page).text.endsWith('<p>新闻')).toBe(true);
  });

  test('returns Big5 text for a page with <meta charset=big5>', () => {
    const page = gb([...ascii('<meta charset="big5"><p>'), ...XINWEN_BIG5]);
    expect(decodePage(page).text.endsWith('新聞')).toBe(true);
  });

  test('prefers the Content-Type header over the meta tag', () => {
    const page = gb([...ascii('<meta charset="utf-8"><p>'), ...XINWEN_GB]);
    expect(decodePage(page, 'text/html; charset=GBK')).toMatchObject({ charset: 'gb18030', evidence: 'header' });
  });

  test('reads a page declared gb2312 but saved as UTF-8 as UTF-8', () => {
    const page = new TextEncoder().encode('<meta charset="gb2312"><p>新闻</p>');
    expect(decodePage(page)).toMatchObject({ charset: 'utf-8', evidence: 'utf-8-valid', text: '<meta charset="gb2312"><p>新闻</p>' });
  });

  test('strips a UTF-8 byte-order mark', () => {
    expect(decodePage(gb([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('新闻')]))).toMatchObject({ text: '新闻', evidence: 'bom' });
  });

  test('falls back to GB18030 for undeclared bytes that are not UTF-8', () => {
    expect(decodePage(gb(XINWEN_GB))).toMatchObject({ text: '新闻', charset: 'gb18030', evidence: 'fallback' });
  });
});

describe('charsetLabelToDecoder', () => {
  test('folds GB2312 and GBK into GB18030 and keeps Big5', () => {
    expect(['GB2312', 'gbk', '"GB18030"', 'big5', 'latin9'].map(charsetLabelToDecoder)).toEqual([
      'gb18030',
      'gb18030',
      'gb18030',
      'big5',
      undefined,
    ]);
  });
});
