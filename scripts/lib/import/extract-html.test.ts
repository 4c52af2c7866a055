import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_MARKERS } from './chrome.ts';
import { decodePage } from './decode.ts';
import { extractFromHtml, preferTime } from './extract-html.ts';
import { mdastToMarkdown } from './markdown.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import');
const columns = ['时政要闻', '廉政舆情', '地方动态'];

function extract(name: string, category?: string) {
  const { text } = decodePage(readFileSync(join(FIXTURES, name)));
  const draft = extractFromHtml(text, { columns, category });
  return { ...draft, body: mdastToMarkdown(draft.body), baseUrl: undefined };
}

describe('extractFromHtml', () => {
  test('returns the fields of a TRS CMS government page', () => {
    expect(extract('trs-gov-page.html', '地方动态')).toEqual({
      title: '为青禾高质量发展汇聚智慧力量——写在市政协二届三次会议开幕之际',
      date: '2023-03-06 09:15',
      source: '青禾日报',
      author: null,
      originalUrl: null,
      editor: '周明远',
      category: '地方动态',
      baseUrl: undefined,
      body: [
        '春风浩荡满目新，凝心聚力再出发。今天，政协青禾市第二届委员会第三次会议隆重开幕，我们对大会的召开表示热烈祝贺！',
        '过去一年，全市各级政协组织紧扣中心、服务大局，围绕产业升级、乡村振兴、生态保护等重点课题开展调研，提出了一批有分量的意见建议。',
        '## 聚焦发展大局',
        '新的一年，希望广大政协委员坚持建睿智之言、献务实之策，为青禾高质量发展贡献智慧和力量。',
        '- 深入开展专题调研；\n- 持续加强民主监督。',
        '| 项目 | 数量   |\n| -- | ---- |\n| 提案 | 326件 |',
        '预祝大会圆满成功！\n',
      ].join('\n\n'),
    });
  });

  test('returns a dateline author, a glued source and date, and the body from the first sentence', () => {
    const page = extract('news-dateline-page.html');
    expect({ ...page, body: undefined }).toEqual({
      title: '远洋科考船完成首次深海样品采集 “深蓝一号”状态良好',
      date: '2024-06-21 05:30',
      source: '示例网-《示例日报》',
      author: '林海、陈晓',
      originalUrl: 'https://news.example.cn/2024-06/21/content_1234567.htm',
      editor: '孙立',
      category: '时政要闻',
      baseUrl: undefined,
      body: undefined,
    });
    expect(page.body.split('\n\n').slice(0, 3)).toEqual([
      '新华社青岛6月20日电（记者林海、陈晓）中国科学院专家20日介绍，“深蓝一号”科考船6月18日完成首次深海样品采集，目前船上设备运行稳定。',
      '![6月18日，“深蓝一号”科考船驶离母港。示例通讯社供图](https://news.example.cn/2024-06/21/images/ship.jpg)',
      '6月18日，“深蓝一号”科考船驶离母港。示例通讯社供图',
    ]);
    expect(page.body).toContain('[科考任务说明.pdf](https://news.example.cn/2024-06/21/files/report.pdf)');
  });

  test('reads a GB2312 page with 稿件来源, a date in parentheses and 作者： 记者X', () => {
    const page = extract('gb2312-page.html');
    expect([page.title, page.date, page.source, page.author, page.editor]).toEqual([
      '话剧《青春之约》全省巡演落幕',
      '2013-07-05 10:12',
      '燕赵日报',
      '刘晓光',
      '郑楠',
    ]);
    expect(page.body.startsWith('一场演出，连着千家万户；')).toBe(true);
  });

  test('reads a Big5 page with traditional labels', () => {
    const page = extract('big5-page.html');
    expect([page.title, page.date, page.source]).toEqual(['新聞稿：港口吞吐量創新高', '2024-01-08', '示例日報']);
  });

  test.each(['trs-gov-page.html', 'news-dateline-page.html', 'gb2312-page.html'])('leaves no page furniture in the body of %s', (name) => {
    const { body } = extract(name);
    expect(CHROME_MARKERS.filter((m) => body.includes(m))).toEqual([]);
    expect(body).not.toMatch(/统计代码|编辑器注释|Play Video|打印|关闭窗口/u);
  });
});

describe('preferTime', () => {
  test('returns a same-day candidate with a time over a bare date', () => {
    expect(preferTime(['2024-05-10', undefined, '2024-05-10 06:58'])).toBe('2024-05-10 06:58');
    expect(preferTime(['2024-05-10', '2024-05-11 06:58'])).toBe('2024-05-10');
    expect(preferTime([undefined])).toBeUndefined();
  });
});
