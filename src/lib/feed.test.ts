import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { absolutiseHtml, channelToAtom, entriesToRssItems, escapeXml, stripInvalidXmlChars, type FeedEntry } from './feed.ts';

const entry: FeedEntry = {
  title: '关于“</script>”与"引号"的通知 🎉',
  url: 'https://fixture.example.cn/articles/2024/03/x/',
  published: '2024-03-20T09:00:00+08:00',
  updated: '2024-03-21T08:00:00+08:00',
  summary: '含有控制字符\u000B和\u0000的摘要 & 更多',
  content: '<p>正文 <a href="/columns/yaowen/">要闻</a></p>',
  author: '林晓舟',
  categories: ['通知公告', '水利'],
};

describe('stripInvalidXmlChars', () => {
  test('removes C0 controls, U+FFFE and lone surrogates but keeps tab, newlines and emoji', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g')).toBe('abcdefg');
    expect(stripInvalidXmlChars('一\t二\n三\r四🎉')).toBe('一\t二\n三\r四🎉');
  });
});

describe('escapeXml', () => {
  test('escapes markup characters and strips controls', () => {
    expect(escapeXml(`<a href="x">'&'\u0007</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('absolutiseHtml', () => {
  test('prefixes root-relative href and src, leaving absolute and protocol-relative ones', () => {
    expect(
      absolutiseHtml('<a href="/a/">a</a><img src="/i.png"><a href="//cdn.x/y">c</a><a href="https://o/">o</a>', 'https://s.cn/'),
    ).toBe('<a href="https://s.cn/a/">a</a><img src="https://s.cn/i.png"><a href="//cdn.x/y">c</a><a href="https://o/">o</a>');
  });
});

describe('channelToAtom', () => {
  const xml = channelToAtom({
    title: '示范转载网',
    description: '测试',
    pageUrl: 'https://fixture.example.cn/',
    selfUrl: 'https://fixture.example.cn/atom.xml',
    entries: [entry],
  });
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;

  test('returns well-formed Atom whose fields round-trip', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://fixture.example.cn/atom.xml');
    expect(feed.updated).toBe('2024-03-21T08:00:00+08:00');
    expect(feed.entry.title).toBe('关于“</script>”与"引号"的通知 🎉');
    expect(feed.entry.summary).toBe('含有控制字符和的摘要 & 更多');
    expect(feed.entry.content['#text']).toBe('<p>正文 <a href="/columns/yaowen/">要闻</a></p>');
    expect(feed.entry.category.map((c: Record<string, string>) => c['@_term'])).toEqual(['通知公告', '水利']);
  });

  test('leaves out content when the entry has none', () => {
    const summaryOnly: FeedEntry = { ...entry, content: undefined };
    expect(channelToAtom({ title: 't', description: 'd', pageUrl: 'p', selfUrl: 's', entries: [summaryOnly] })).not.toContain('<content');
  });
});

describe('entriesToRssItems', () => {
  test('returns stripped text, a Date and the author as dc:creator', () => {
    const [item] = entriesToRssItems([{ ...entry, author: '<林>' }]);
    expect(item?.description).toBe('含有控制字符和的摘要 & 更多');
    expect(item?.pubDate.toISOString()).toBe('2024-03-20T01:00:00.000Z');
    expect(item?.customData).toBe('<dc:creator>&lt;林&gt;</dc:creator>');
    expect(item?.content).toBe(entry.content);
  });
});
