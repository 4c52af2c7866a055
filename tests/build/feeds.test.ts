import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../setup/astro-build.ts';
import { FIXTURE_DIST as DIST, FIXTURE_SOURCE } from '../setup/paths.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name) });
const HOSTILE_TITLE = '关于“</script>”与"引号"的说明 🎉';
const SITE = 'https://fixture.example.cn';

interface RssItem {
  title: string;
  link: string[];
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
  'dc:creator': string;
  category: string[];
}

describe('site RSS 2.0 feed', () => {
  const xml = read('rss.xml');
  const channel = parser.parse(xml).rss.channel;
  const items = channel.item as RssItem[];

  test('is well-formed XML (control characters included) declaring RSS 2.0 and its namespaces', () => {
    expect(() => SyntaxValidator.validate('<a>\u000B</a>')).toThrow('Illegal control character 0x0b');
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const rss = parser.parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
  });

  test('names the site, links home and itself, in zh-cn', () => {
    expect(channel.title).toBe('示范转载网');
    expect(channel.description).toBe('测试用的示范站点。');
    expect(channel.link).toEqual([`${SITE}/`]);
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/rss.xml`);
    expect(channel['atom:link']['@_rel']).toBe('self');
    expect(channel.language).toBe('zh-cn');
  });

  test('carries the latest 50 of the 52 listed articles, newest first', () => {
    expect(items).toHaveLength(50);
    expect(items.map((i) => i.title).slice(0, 3)).toEqual(['含有不安全代码的测试稿件', HOSTILE_TITLE, '示范县完成青石岭水库除险加固工程']);
    expect(items.at(-1)?.title).toBe('示范县第01期工作简报');
    expect(xml).not.toContain('示范县做好高考服务保障工作');
    expect(xml).not.toContain('尚未完成的草稿稿件');
  });

  test('gives each item its link, permalink guid, date, summary, author and categories', () => {
    const item = items.find((i) => i.title === '示范县完成青石岭水库除险加固工程');
    expect(item?.link).toEqual([`${SITE}/articles/2024/03/shuiku-jiagu/`]);
    expect(item?.guid).toEqual({ '#text': `${SITE}/articles/2024/03/shuiku-jiagu/`, '@_isPermaLink': 'true' });
    expect(item?.pubDate).toBe('Tue, 12 Mar 2024 02:05:00 GMT');
    expect(item?.description).toBe('3月12日，示范县青石岭水库除险加固工程通过竣工验收，水库防洪标准提升至百年一遇。');
    expect(item?.['dc:creator']).toBe('林晓舟');
    expect(item?.category).toEqual(['要闻', '水利', '防汛']);
  });

  test('escapes markup and strips control characters, keeping emoji and line separators', () => {
    const item = items.find((i) => i.link[0]?.endsWith('/yinhao-biaoti/'));
    expect(item?.title).toBe(HOSTILE_TITLE);
    expect(item?.description).toBe('摘要含有行分隔符\u2028段落分隔符\u2029和控制字符，以及 <script> 与 & 符号。');
    expect(xml).not.toContain('\u000B');
    expect(xml).not.toContain('</script>');
  });

  test('carries summaries only, as site.yaml says (feed: summary)', () => {
    expect(xml).not.toContain('content:encoded');
  });
});

describe('column feeds', () => {
  test('the 通知公告 RSS feed has exactly that column’s 7 articles', () => {
    const channel = parser.parse(read('columns/tongzhi/rss.xml')).rss.channel;
    expect(channel.title).toBe('通知公告 - 示范转载网');
    expect(channel.link).toEqual([`${SITE}/columns/tongzhi/`]);
    expect((channel.item as RssItem[]).map((i) => i.link[0]?.replace(`${SITE}/articles/`, ''))).toEqual([
      '2024/04/hostile-html/',
      '2024/03/yinhao-biaoti/',
      '2024/02/chunjie-anquan/',
      '2024/01/xinnian-zhibanbiao/',
      '2023/12/dongji-fangxun/',
      '2022/11/dongzhi-gongre/',
      '2022/06/gaokao-fuwu/',
    ]);
  });

  test('the 通知公告 Atom feed has ids, dates, authors and summaries', () => {
    const xml = read('columns/tongzhi/atom.xml');
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const feed = parser.parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('通知公告 - 示范转载网');
    expect(feed.id).toBe(`${SITE}/columns/tongzhi/atom.xml`);
    expect(feed.updated).toBe('2024-04-02T00:00:00+08:00');
    expect(feed.link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', `${SITE}/columns/tongzhi/`],
      ['self', `${SITE}/columns/tongzhi/atom.xml`],
    ]);
    expect(feed.entry).toHaveLength(7);
    const dongji = feed.entry[4];
    expect(dongji.id).toBe(`${SITE}/articles/2023/12/dongji-fangxun/`);
    expect(dongji.published).toBe('2023-12-15T15:30:00+08:00');
    expect(dongji.updated).toBe('2023-12-16T08:00:00+08:00');
    expect(dongji.author.name).toBe('佚名');
    expect(dongji.summary).toBe('示范县近日召开冬季水库安全度汛会议，部署青石岭等水库的安全管理工作。');
    expect(feed.entry[1].title).toBe(HOSTILE_TITLE);
  });

  test('an empty column still has valid, empty feeds', () => {
    expect(parser.parse(read('columns/kong/rss.xml')).rss.channel.item).toBeUndefined();
    expect(parser.parse(read('columns/kong/atom.xml')).feed.entry).toBeUndefined();
  });
});

describe('site Atom feed', () => {
  test('has 50 entries and the site as title', () => {
    const feed = parser.parse(read('atom.xml')).feed;
    expect(feed.title).toBe('示范转载网');
    expect(feed.entry).toHaveLength(50);
  });
});

describe('a site with feed: full', () => {
  test('puts each article’s full HTML, with absolute site links, in content:encoded and Atom content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-full-feed-'));
    const content = join(dir, 'content');
    cpSync(FIXTURE_SOURCE, content, { recursive: true });
    const siteYaml = readFileSync(join(content, 'site.yaml'), 'utf8');
    writeFileSync(join(content, 'site.yaml'), siteYaml.replace(/^feed: summary$/m, 'feed: full'));
    const result = buildSite(content, join(dir, 'dist'));
    expect(result.status, result.output).toBe(0);

    const rss = readFileSync(join(dir, 'dist/rss.xml'), 'utf8');
    expect(() => SyntaxValidator.validate(rss)).not.toThrow();
    const items = parser.parse(rss).rss.channel.item as (RssItem & { 'content:encoded': string })[];
    const hostile = items.find((i) => i.link[0]?.endsWith('/hostile-html/'));
    expect(hostile?.description).toBe('正文第一段，包含一个外部链接和一个站内链接。');
    expect(hostile?.['content:encoded']).toContain(`<a href="${SITE}/columns/yaowen/">站内链接</a>`);
    expect(hostile?.['content:encoded']).toContain('<p>最后一段。</p>');
    expect(hostile?.['content:encoded']).not.toMatch(/<script|onerror|javascript:/);

    const atom = parser.parse(readFileSync(join(dir, 'dist/columns/yaowen/atom.xml'), 'utf8')).feed;
    expect(atom.entry[0].content['@_type']).toBe('html');
    expect(atom.entry[0].content['#text']).toContain('<h2 id="工程概况">工程概况</h2>');
  });
});
