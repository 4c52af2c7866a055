import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_MARKERS } from './chrome.ts';
import { decodePage } from './decode.ts';
import { extractFromHtml, preferTime } from './extract-html.ts';
import { mdastToMarkdown } from './markdown.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import');
const columns = ['时政要闻', '廉政舆情', '地方动态', '要闻动态'];

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

  test('takes the column from a TRS ColumnName meta tag when it is a known column', () => {
    const { text } = decodePage(readFileSync(join(FIXTURES, 'trs-gov-page.html')));
    expect(extractFromHtml(text, { columns: ['政务动态'], category: '地方动态' }).category).toBe('政务动态');
  });

  test('reads a Big5 page with traditional labels', () => {
    const page = extract('big5-page.html');
    expect([page.title, page.date, page.source]).toEqual(['新聞稿：港口吞吐量創新高', '2024-01-08', '示例日報']);
  });

  test('reads label variants: 时分 times, 文章来源 beside a font-size widget, 原标题, a speech opening and a site-first <title>', () => {
    const page = extract('label-variants-page.html');
    expect({ ...page, body: undefined }).toEqual({
      title: '政府工作报告（摘要）',
      date: '2024-01-22 10:30',
      source: '示例日报',
      author: null,
      originalUrl: null,
      editor: null,
      category: '要闻动态',
      baseUrl: undefined,
      originalTitle: '示例省政府工作报告',
      body: undefined,
    });
    expect(page.body.split('\n\n')[0]).toBe('各位代表：');
    expect(page.body).not.toMatch(/原标题|字体|分享/u);
  });

  test('drops related-link lists and pagers, and keeps a correspondent as co-author', () => {
    const page = extract('related-links-page.html');
    expect([page.title, page.date, page.source, page.author]).toEqual([
      '示例市启动老旧小区改造',
      '2024-04-10 08:05',
      '示例日报',
      '张三 李四',
    ]);
    expect(page.body).toBe(
      '本报讯（记者 张三 通讯员 李四）4月9日，示例市老旧小区改造工程在东城区启动，今年计划改造小区120个。\n\n改造内容包括加装电梯、更新管网和增设充电设施，预计惠及居民3.2万户。\n',
    );
  });

  test('reads JSON-LD dates in Beijing time, an unbracketed dateline author and the outlet of the dateline as source', () => {
    const page = extract('jsonld-page.html');
    expect([page.title, page.date, page.author, page.source]).toEqual(['高原牧区通上稳定电网', '2024-02-01 09:20', '次仁', '新华社']);
  });

  test.each(['trs-gov-page.html', 'news-dateline-page.html', 'gb2312-page.html', 'label-variants-page.html'])(
    'leaves no page furniture in the body of %s',
    (name) => {
      const { body } = extract(name);
      expect(CHROME_MARKERS.filter((m) => body.includes(m))).toEqual([]);
      expect(body).not.toMatch(/统计代码|编辑器注释|Play Video|打印|关闭窗口/u);
    },
  );
});

describe('extractFromHtml on inline pages', () => {
  test('keeps a lead paragraph that sits beside the main text container', () => {
    const html = `<html><head><title>标题示例_示例网</title></head><body><h1>标题示例</h1>
      <div class="main"><p class="lead">导语：示例县今年完成植树造林五万亩，森林覆盖率提高两个百分点。</p>
      <div class="text"><p>据介绍，造林任务分布在全县十二个乡镇，其中新建生态林三万亩。</p><p>县林业部门表示，明年将继续推进国土绿化行动，巩固造林成果。</p></div>
      <div class="share"><img src="/images/share_weixin.png" alt="分享到微信"></div></div></body></html>`;
    const draft = extractFromHtml(html, { columns: [] });
    expect(mdastToMarkdown(draft.body).split('\n\n')).toEqual([
      '导语：示例县今年完成植树造林五万亩，森林覆盖率提高两个百分点。',
      '据介绍，造林任务分布在全县十二个乡镇，其中新建生态林三万亩。',
      '县林业部门表示，明年将继续推进国土绿化行动，巩固造林成果。\n',
    ]);
  });
});

describe('extractFromHtml on templates without labels', () => {
  test('reads source, date and author from elements named for them', () => {
    const html = `<html><head><title>港口开通新航线 - 示例门户</title></head><body><div class="top"><span class="time">2099-01-01</span></div>
      <h1 class="main-title">港口开通新航线</h1><div class="date-source"><span class="date">2024年05月09日 10:20</span> <a class="source" href="#">示例日报</a> <span class="author">王五</span></div>
      <div class="article"><p>示例港9日开通至东南亚的集装箱新航线，每周往返两班，预计年运量5万标准箱。</p><p>港口负责人表示，新航线将降低企业物流成本。</p></div></body></html>`;
    const draft = extractFromHtml(html, { columns: [] });
    expect([draft.title, draft.date, draft.source, draft.author]).toEqual(['港口开通新航线', '2024-05-09 10:20', '示例日报', '王五']);
  });
});

describe('extractFromHtml where the article opens briefly', () => {
  test('keeps a one-sentence first paragraph and drops the deck above it', () => {
    const html = `<html><head><title>春耕正当时</title></head><body><h1>春耕正当时</h1><div class="text">
      <p>——青禾市春耕生产纪事</p><p>春到青禾，万物复苏。</p>
      <p>连日来，青禾市各地抢抓农时，田间地头处处是忙碌的身影，全市已完成春播面积12万亩。</p></div></body></html>`;
    expect(mdastToMarkdown(extractFromHtml(html, { columns: [] }).body).split('\n\n')[0]).toBe('春到青禾，万物复苏。');
  });
});

describe('extractFromHtml with the site name first in <title>', () => {
  test('returns the headline part that the page shows', () => {
    const html = `<html><head><title>示例政府网 - 国务院常务会议研究部署春耕工作</title></head><body><div class="logo">示例政府网</div>
      <div class="bt">国务院常务会议研究部署春耕工作</div><div class="zw"><p>国务院总理主持召开国务院常务会议，研究部署春耕生产工作，要求各地抓好农资供应。</p></div></body></html>`;
    expect(extractFromHtml(html, { columns: [] }).title).toBe('国务院常务会议研究部署春耕工作');
  });
});

describe('extractFromHtml on old table layouts', () => {
  test('splits <br>-separated paragraphs in a table cell and reads 来源 after the body', () => {
    const html = `<html><head><meta charset="gb2312"><title>县里召开春耕会议</title></head><body><table><tr><td><b>县里召开春耕会议</b></td></tr>
      <tr><td>2011-03-02</td></tr>
      <tr><td class="zw">　　3月1日，县政府召开春耕生产工作会议，安排部署今年春耕备耕工作。<br>　　会议要求，各乡镇要抓好农资供应，确保不误农时，全年粮食播种面积稳定在30万亩以上。<br><br>　　（记者 赵某）（责任编辑：孙某）</td></tr>
      <tr><td>来源：示例县报　编辑：钱某</td></tr></table></body></html>`;
    const draft = extractFromHtml(html, { columns: [] });
    expect([draft.title, draft.date, draft.source, draft.author, draft.editor]).toEqual([
      '县里召开春耕会议',
      '2011-03-02',
      '示例县报',
      '赵某',
      '钱某',
    ]);
    expect(mdastToMarkdown(draft.body).split('\n\n')).toEqual([
      '3月1日，县政府召开春耕生产工作会议，安排部署今年春耕备耕工作。',
      '会议要求，各乡镇要抓好农资供应，确保不误农时，全年粮食播种面积稳定在30万亩以上。',
      '（记者 赵某）\n',
    ]);
  });
});

describe('preferTime', () => {
  test('returns a same-day candidate with a time over a bare date', () => {
    expect(preferTime(['2024-05-10', undefined, '2024-05-10 06:58'])).toBe('2024-05-10 06:58');
    expect(preferTime(['2024-05-10', '2024-05-11 06:58'])).toBe('2024-05-10');
    expect(preferTime([undefined])).toBeUndefined();
  });
});

describe('extractFromHtml on hostile and random pages', () => {
  const pieces = [
    '<p>正文第一段，内容。</p>',
    '<h1>标题</h1>',
    '<div class="content">',
    '</div>',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">点我</a>',
    '<img src="x.png" onerror="alert(1)">',
    '<iframe src="https://evil.example/"></iframe>',
    '<p onclick="alert(1)">段落</p>',
    '<style>p{}</style>',
    '<!-- 注释 -->',
    '<meta name="PubDate" content="2024-04-18">',
    '<span>来源：新华社</span>',
    '<table><tr><td>单元格</td></tr></table>',
    '<p>扫一扫 上一篇 下一篇 版权所有</p>',
    '<',
    '&amp;',
    '\u0000',
  ];

  // 150 random pages take seconds when other test files share the cores
  test('never throws, and the Markdown it makes renders nothing executable', { timeout: 60_000 }, async () => {
    const fc = await import('fast-check');
    const { executableParts, renderMarkdown } = await import('../../../tests/setup/html-safety.ts');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.string({ maxLength: 30 }), async (parts, noise) => {
        const draft = extractFromHtml(`<html><body>${parts.join(noise)}</body></html>`, { columns });
        const markdown = mdastToMarkdown(draft.body);
        expect(markdown).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
        expect(executableParts(await renderMarkdown(markdown))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('extractFromHtml links', () => {
  test('keeps http(s), mailto and relative links, and turns script links into their text', () => {
    const html =
      '<html><body><div class="content"><p>第一段，<a href="https://www.gov.cn/a.html">政府网</a>、<a href="mailto:a@b.cn">邮件</a>、<a href="files/a.pdf">附件</a>、<a href=" JavaScript:alert(1)">脚本</a>、<a href="data:text/html,x">数据</a>。</p><p><img src="files/a.png" alt="图"><img src="javascript:alert(1)" alt="坏图"></p></div></body></html>';
    const markdown = mdastToMarkdown(extractFromHtml(html, { columns }).body);
    expect(markdown).toBe(
      '第一段，[政府网](https://www.gov.cn/a.html)、[邮件](mailto:a@b.cn)、[附件](files/a.pdf)、脚本、数据。\n\n![图](files/a.png)\n\n',
    );
  });
});

describe('extractFromHtml on the bylines and sources of news pages', () => {
  const fields = (name: string) => {
    const { title, date, source, author } = extract(name);
    return { title, date, source, author };
  };

  test('returns the outlet of a dateline as the source when no label names one', () => {
    expect(fields('dateline-source-page.html')).toEqual({
      title: '青禾湖生态补水工程全面完工',
      date: '2024-03-05 18:20',
      source: '新华社',
      author: '王明 李华',
    });
  });

  test('returns the outlet of a dateline that stands in its own paragraph above the text', () => {
    const html = `<html><head><title>示例会议在京开幕</title></head><body><h1>示例会议在京开幕</h1><div>2024-03-05 10:00</div>
      <div class="content"><p><strong>新华社北京3月5日电</strong></p><p>示例会议5日上午在北京开幕，来自全国各地的代表出席会议。</p></div></body></html>`;
    const draft = extractFromHtml(html, { columns });
    expect([draft.source, mdastToMarkdown(draft.body)]).toEqual(['新华社', '示例会议5日上午在北京开幕，来自全国各地的代表出席会议。\n']);
  });

  test('returns a closing （来源：…） as the source and leaves it out of the body, with a 本报记者 byline above the text', () => {
    const page = extract('closing-source-page.html');
    expect([page.title, page.date, page.source, page.author]).toEqual([
      '青禾市新增城市绿道八十公里',
      '2024-04-12 10:05',
      '青禾日报',
      '张三',
    ]);
    expect(page.body).toBe(
      '今年以来，青禾市新建和改造城市绿道八十公里，串联起城区十二座公园。\n\n市园林部门表示，绿道沿线将增设休息驿站和公共卫生间，方便市民健身休闲。\n',
    );
  });

  test('returns 来源 and 作者 without the 举报, 打印, 分享 and 字号 buttons glued on', () => {
    expect(fields('button-labels-page.html')).toEqual({
      title: '示例县启动冬季清洁取暖改造',
      date: '2023-11-08 08:30',
      source: '示例日报',
      author: '赵六 钱七',
    });
  });

  test('returns null for a 来源 or 作者 made only of interface words', () => {
    expect(fields('interface-only-page.html')).toEqual({
      title: '示例镇举办农民丰收节',
      date: '2023-09-23 16:40',
      source: null,
      author: null,
    });
  });

  test('returns the 文丨 byline, not the account box of a self-media page', () => {
    expect(fields('self-media-page.html')).toEqual({ title: '一座小城的夜市经济', date: '2024-07-16 21:12', source: null, author: '周八' });
  });

  test('returns the account name alone when a self-media page has no byline', () => {
    const html = readFileSync(join(FIXTURES, 'self-media-page.html'), 'utf8').replace('<p>文丨周八</p>', '');
    expect(extractFromHtml(html, { columns }).author).toBe('青禾观察');
  });

  test('returns the names of a closing （文/图 张三 李四）', () => {
    expect(fields('byline-forms-page.html')).toEqual({
      title: '青禾古村落修缮记',
      date: '2024-05-18 07:45',
      source: '示例日报',
      author: '孙九 吴十',
    });
  });

  test.each([
    ['<p>（记者 周某 郑某）</p>', '周某 郑某'],
    ['<p>本报记者 周 某</p>', '周某'],
    ['<p>文丨周某 编辑丨郑某</p>', '周某'],
    ['<p>文/图 周某 郑某</p>', '周某 郑某'],
  ])('returns the author of the byline %s above the text', (byline, author) => {
    const html = `<html><head><title>示例标题新闻</title></head><body><h1>示例标题新闻</h1><div>2024-01-02</div><div class="content">${byline}
      <p>示例市今年新建公园十二座，城区绿地率提高到百分之四十。</p><p>市民表示，出门就能进公园，生活更方便了。</p></div></body></html>`;
    const draft = extractFromHtml(html, { columns });
    expect([draft.author, mdastToMarkdown(draft.body).split('\n\n')[0]]).toEqual([
      author,
      '示例市今年新建公园十二座，城区绿地率提高到百分之四十。',
    ]);
  });
});

describe('extractFromHtml on e-paper pages', () => {
  test('returns the date of the masthead when nothing else dates the article', () => {
    expect([extract('epaper-page.html').title, extract('epaper-page.html').date]).toEqual(['春耕备耕物资供应充足', '2024-03-05']);
  });

  test('returns the date of an e-paper address or of its enpproperty record', () => {
    const page = (head: string) =>
      `<html><head>${head}<title>春耕备耕物资供应充足</title></head><body><h1>春耕备耕物资供应充足</h1><div class="text"><p>记者从市农业农村局了解到，全市春耕物资已基本到位，供应总体充足。</p></div></body></html>`;
    expect(
      extractFromHtml(page('<link rel="canonical" href="https://epaper.example.cn/pc/content/202403/05/content_12.html">'), { columns })
        .date,
    ).toBe('2024-03-05');
    expect(
      extractFromHtml(`<!--enpproperty <articleid>12</articleid><date>2024-03-06</date><author></author>/enpproperty-->${page('')}`, {
        columns,
      }).date,
    ).toBe('2024-03-06');
  });

  test('returns the <h1> headline, not the 引题 above it, when <title> names only the paper and page', () => {
    const html = `<html><head><title>青禾日报-第01版：要闻</title></head><body><div>青禾日报 2024年03月05日 星期二</div>
      <h3>全市上下抢抓农时</h3><h1>春耕备耕物资供应充足</h1><h2>化肥储备可满足需求</h2>
      <div class="text"><p>记者从市农业农村局了解到，全市春耕物资已基本到位，供应总体充足。</p></div></body></html>`;
    const draft = extractFromHtml(html, { columns });
    expect([draft.title, draft.date]).toEqual(['春耕备耕物资供应充足', '2024-03-05']);
  });

  test('returns no date from the top bar of a page that is no e-paper', () => {
    const html = `<html><head><title>春耕备耕物资供应充足</title></head><body><div class="top">今天是2026年12月2日 星期三</div><h1>春耕备耕物资供应充足</h1><div class="text"><p>记者从市农业农村局了解到，全市春耕物资已基本到位，供应总体充足。</p></div></body></html>`;
    expect(extractFromHtml(html, { columns }).date).toBeNull();
  });
});

describe('extractFromHtml on titles with a section or office after the headline', () => {
  test('returns the headline without the office name that <title> appends after a space', () => {
    const page = extract('section-title-page.html');
    expect([page.title, page.date, page.source]).toEqual(['关于开展春季安全生产大检查的通知', '2024-03-11 09:00', '青禾市应急管理局']);
  });

  test.each([
    ['示例港开通东南亚航线_2024年专题_示例网', '<h1>示例港开通东南亚航线</h1>'],
    ['关于开展检查的通知_政策文件_示例省发展和改革委员会政策法规处', '<div class="title">关于开展检查的通知</div>'],
    ['示例港开通东南亚航线', '<h1>示例港开通东南亚航线 | 示例市交通运输局</h1>'],
  ])('returns the headline of %s', (title, heading) => {
    const html = `<html><head><title>${title}</title></head><body>${heading}<div class="text"><p>示例港9日开通至东南亚的集装箱新航线，每周往返两班。</p></div></body></html>`;
    expect(extractFromHtml(html, { columns }).title).toBe(title.split('_')[0]);
  });

  test('keeps a subtitle after —— that the page shows as a second headline line', () => {
    const html = `<html><head><title>凝聚高质量发展的强大力量——写在示例市政协会议开幕之际_示例市人民政府</title></head><body><h1>凝聚高质量发展的强大力量</h1><h2>——写在示例市政协会议开幕之际</h2>
      <div class="text"><p>春风浩荡，示例市政协会议今天隆重开幕，我们表示热烈祝贺！</p></div></body></html>`;
    expect(extractFromHtml(html, { columns }).title).toBe('凝聚高质量发展的强大力量——写在示例市政协会议开幕之际');
  });
});
