import { describe, expect, test } from 'vitest';
import { frontmatterToSitemapEntry, markdownToFrontmatterText } from './sitemap.ts';

describe('frontmatterToSitemapEntry', () => {
  test('returns the published date as lastmod, else the original date, with the Shanghai offset', () => {
    expect(frontmatterToSitemapEntry({ date: '2024-03-12 10:05' }, 'self')).toEqual({
      include: true,
      lastmod: '2024-03-12T10:05:00+08:00',
    });
    expect(frontmatterToSitemapEntry({ date: '2024-03-12', published: '2024-03-14 08:00' }, 'self').lastmod).toBe(
      '2024-03-14T08:00:00+08:00',
    );
  });
  test('reads a YAML timestamp as a calendar day', () => {
    expect(frontmatterToSitemapEntry({ date: new Date('2024-04-18T00:00:00Z') }, 'self').lastmod).toBe('2024-04-18T00:00:00+08:00');
  });
  test('leaves out drafts, withdrawn articles and pages not canonical to themselves', () => {
    expect(frontmatterToSitemapEntry({ date: '2024-01-01', draft: true }, 'self').include).toBe(false);
    expect(frontmatterToSitemapEntry({ date: '2024-01-01', withdrawn: { date: '2024-02-01' } }, 'self').include).toBe(false);
    expect(frontmatterToSitemapEntry({ date: '2024-01-01' }, 'original').include).toBe(false);
    expect(frontmatterToSitemapEntry({ date: '2024-01-01', canonical: 'self' }, 'noindex').include).toBe(true);
    expect(frontmatterToSitemapEntry({ date: '2024-01-01', canonical: 'noindex' }, 'self').include).toBe(false);
  });
});

describe('markdownToFrontmatterText', () => {
  test('returns the YAML block, with or without a BOM and CRLF line ends', () => {
    expect(markdownToFrontmatterText('---\ntitle: 标题\n---\n\n正文')).toBe('title: 标题');
    expect(markdownToFrontmatterText('\uFEFF---\r\ntitle: 标题\r\n---\r\n正文')).toBe('title: 标题');
  });
  test('returns undefined without frontmatter', () => {
    expect(markdownToFrontmatterText('正文 --- 不是')).toBeUndefined();
  });
});
