import { describe, expect, test } from 'vitest';
import { findDate, metaDateToArticleDate, urlToDate } from './dates.ts';

describe('findDate', () => {
  test.each([
    ['发布时间：2022-02-13 04:22:18   来源：云南日报', '2022-02-13 04:22'],
    ['2024年05月10日06:58 | 来源：人民网－人民日报', '2024-05-10 06:58'],
    ['2024 05/09 22:27:02', '2024-05-09 22:27'],
    ['新华网河北频道 ( 2012-06-04 09:20:26 )', '2012-06-04 09:20'],
    ['来源：光明网-《光明日报》2024-05-20 03:15', '2024-05-20 03:15'],
    ['日期：2023年1月5日', '2023-01-05'],
    ['2024/4/18', '2024-04-18'],
  ])('returns the normalised date in %s', (text, date) => {
    expect(findDate(text)?.date).toBe(date);
  });

  test('returns undefined for an impossible date or none', () => {
    expect(findDate('2024-02-30')).toBeUndefined();
    expect(findDate('第12345期')).toBeUndefined();
  });
});

describe('metaDateToArticleDate', () => {
  test('converts an ISO instant to Beijing time', () => {
    expect(metaDateToArticleDate('2024-05-09T14:27:02Z')).toBe('2024-05-09 22:27');
    expect(metaDateToArticleDate('2024-05-09T22:27:02+08:00')).toBe('2024-05-09 22:27');
    expect(metaDateToArticleDate('2022-02-11 09:52')).toBe('2022-02-11 09:52');
  });
});

describe('urlToDate', () => {
  test.each([
    ['https://news.example.cn/2024-05/20/content_1.htm', '2024-05-20'],
    ['http://www.example.cn/politics/20240509/abc/c.html', '2024-05-09'],
    ['https://news.example.cn/gn/202405/t20240513_15249693.htm', '2024-05-13'],
    ['http://finance.example.cn/n1/2024/0510/c1004-1.html', '2024-05-10'],
    ['https://epaper.example.cn/pc/content/202403/05/content_1234.html', '2024-03-05'],
    ['https://epaper.example.cn/html/2024-03-05/node_3.htm', '2024-03-05'],
    ['http://paper.example.cn/qhrb/html/2024-03/05/nw.D110000qhrb_20240305_2-03.htm', '2024-03-05'],
  ])('returns the date in the path of %s', (url, date) => {
    expect(urlToDate(url)).toBe(date);
  });

  test('returns undefined for a path without a date', () => {
    expect(urlToDate('https://lndj.gov.cn/portaluploads/html/info/50012.html')).toBeUndefined();
  });
});
