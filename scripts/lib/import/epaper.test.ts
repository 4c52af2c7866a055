import { describe, expect, test } from 'vitest';
import { enpPropertyDate, isEpaperPage, linkedIssueDate, mastheadDate } from './epaper.ts';
import { parseHtml } from './hast-helpers.ts';

describe('isEpaperPage', () => {
  test('returns true for page numbers, 数字报 or an e-paper address, false otherwise', () => {
    expect(isEpaperPage(['青禾日报', '第03版：经济'], undefined)).toBe(true);
    expect(isEpaperPage(['首页'], 'https://epaper.example.cn/html/2024-03/05/content_1.htm')).toBe(true);
    expect(isEpaperPage(['首页', '今天是2024年3月5日 星期二'], 'https://www.example.cn/a/1.html')).toBe(false);
  });
});

describe('mastheadDate', () => {
  test('returns the masthead date of an e-paper page, before other short dated lines', () => {
    expect(mastheadDate(['往期：2024-03-04', '青禾日报 2024年03月05日 星期二', '第01版：要闻'], undefined)).toBe('2024-03-05');
  });

  test('returns undefined on a page that is no e-paper', () => {
    expect(mastheadDate(['今天是2024年3月5日 星期二', '首页 > 要闻'], undefined)).toBeUndefined();
  });
});

describe('enpPropertyDate', () => {
  test('returns the date of the enpproperty record, and undefined without one', () => {
    expect(enpPropertyDate('<!--enpproperty <articleid>7</articleid><date>2024-03-05</date><author></author>/enpproperty-->')).toBe(
      '2024-03-05',
    );
    expect(enpPropertyDate('<html><!-- 2024-03-05 --></html>')).toBeUndefined();
  });
});

describe('linkedIssueDate', () => {
  test('returns the date that the page links share, and undefined for a single dated link', () => {
    const links =
      '<a href="../../../html/2024-03/05/node_2.htm">第02版</a><img src="../../../images/2024-03/05/03/p3.jpg"><a href="/html/2024-03/04/node_1.htm">往期</a>';
    expect(linkedIssueDate(parseHtml(`<html><body>${links}</body></html>`))).toBe('2024-03-05');
    expect(linkedIssueDate(parseHtml('<html><body><a href="/html/2024-03/04/node_1.htm">往期</a></body></html>'))).toBeUndefined();
  });
});
