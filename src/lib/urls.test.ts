import { describe, expect, test } from 'vitest';
import { isExternalHref, toAbsolute, withBase } from './urls.ts';

describe('withBase', () => {
  test('returns the path under the root and under a sub-path, with one slash', () => {
    expect(withBase('/', '/columns/a/')).toBe('/columns/a/');
    expect(withBase('/news/', '/columns/a/')).toBe('/news/columns/a/');
    expect(withBase('/news', 'columns/a/')).toBe('/news/columns/a/');
  });
});

describe('toAbsolute', () => {
  test('returns an absolute URL under the base', () => {
    expect(toAbsolute('https://x.cn', '/news/', '/a/')).toBe('https://x.cn/news/a/');
  });
});

describe('isExternalHref', () => {
  test('returns true only for http(s) links to other hosts', () => {
    expect(isExternalHref('https://www.gov.cn/a', 'x.cn')).toBe(true);
    expect(isExternalHref('https://x.cn/a', 'x.cn')).toBe(false);
    expect(isExternalHref('/a/', 'x.cn')).toBe(false);
    expect(isExternalHref('mailto:a@b.cn', 'x.cn')).toBe(false);
  });
});
