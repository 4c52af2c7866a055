import { describe, expect, test } from 'vitest';
import { canonicalTags } from './canonical.ts';

const urls = { self: 'https://s.cn/articles/2024/03/a/', original: 'https://o.gov.cn/a.html' };

describe('canonicalTags', () => {
  test('returns the page itself under the self policy', () => {
    expect(canonicalTags({ site: 'self' }, urls)).toEqual({ href: urls.self, robots: undefined });
  });
  test('returns the original URL under the original policy', () => {
    expect(canonicalTags({ site: 'original' }, urls)).toEqual({ href: urls.original, robots: undefined });
  });
  test('returns no canonical and noindex, follow under the noindex policy', () => {
    expect(canonicalTags({ site: 'noindex' }, urls)).toEqual({ href: undefined, robots: 'noindex, follow' });
  });
  test('lets the article override the site default', () => {
    expect(canonicalTags({ article: 'original', site: 'noindex' }, urls).href).toBe(urls.original);
    expect(canonicalTags({ article: 'self', site: 'original' }, urls).href).toBe(urls.self);
  });
});
