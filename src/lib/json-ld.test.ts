import { describe, expect, test } from 'vitest';
import { jsonToScriptText, newsArticleJsonLd } from './json-ld.ts';

describe('jsonToScriptText', () => {
  const hostile = '关于“</script><script>alert(1)</script>”的"通知" 🎉\u2028下一行\u2029 <!-- & -->';

  test('returns text with no <, > or raw line separators that parses back to the same value', () => {
    const text = jsonToScriptText({ headline: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ headline: hostile });
  });

  test('keeps Chinese, quotes and emoji readable', () => {
    expect(jsonToScriptText({ t: '“通知”"🎉' })).toBe('{"t":"“通知”\\"🎉"}');
  });
});

describe('newsArticleJsonLd', () => {
  const ld = newsArticleJsonLd({
    url: 'https://fixture.example.cn/articles/2024/03/shuiku-jiagu/',
    headline: '示范县完成青石岭水库除险加固工程',
    description: '摘要',
    datePublished: '2024-03-12T10:05:00+08:00',
    author: '林晓舟',
    section: '要闻',
    keywords: ['水利', '防汛'],
    site: { name: '示范转载网', url: 'https://fixture.example.cn/' },
    original: { url: 'https://daily.example.org/news/2024/0312/qingshiling.html', title: '青石岭水库除险加固工程通过竣工验收' },
    source: { name: '示范日报', url: 'https://daily.example.org/' },
  });

  test('returns this site as publisher and the source as the original publisher and copyright holder', () => {
    const source = { '@type': 'Organization', name: '示范日报', url: 'https://daily.example.org/' };
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: '示范转载网', url: 'https://fixture.example.cn/' });
    expect(ld['isBasedOn']).toEqual({
      '@type': 'NewsArticle',
      url: 'https://daily.example.org/news/2024/0312/qingshiling.html',
      headline: '青石岭水库除险加固工程通过竣工验收',
      publisher: source,
    });
    expect(ld['sourceOrganization']).toEqual(source);
    expect(ld['copyrightHolder']).toEqual(source);
  });

  test('returns the headline, date, author and keywords', () => {
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['headline']).toBe('示范县完成青石岭水库除险加固工程');
    expect(ld['datePublished']).toBe('2024-03-12T10:05:00+08:00');
    expect(ld['author']).toEqual({ '@type': 'Person', name: '林晓舟' });
    expect(ld['keywords']).toBe('水利,防汛');
    expect(ld).not.toHaveProperty('dateModified');
  });
});
