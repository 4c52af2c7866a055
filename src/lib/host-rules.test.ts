import { describe, expect, test } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy, headersFile } from './host-rules.ts';

const PAGES_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
const ADMIN_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self' https://api.github.com; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The rules of a `_headers` text whose pattern matches `path`, as Netlify and Cloudflare Pages match them. */
function rulesFor(text: string, path: string): string[] {
  return text
    .split('\n\n')
    .filter((block) => {
      const pattern = block.split('\n')[0] ?? '';
      return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
    })
    .flatMap((block) =>
      block
        .split('\n')
        .slice(1)
        .map((l) => l.trim()),
    );
}

describe('contentSecurityPolicy', () => {
  test('returns the whole policy of the pages, every directive pinned', () => {
    expect(contentSecurityPolicy(['sha256-abc='])).toBe(PAGES_CSP);
  });
});

describe('adminContentSecurityPolicy', () => {
  test('returns the whole policy of the desk, every directive pinned', () => {
    expect(adminContentSecurityPolicy(['https://api.github.com'])).toBe(ADMIN_CSP);
  });
});

describe('headersFile', () => {
  test('returns one pages’ policy on every path when the site has no desk', () => {
    const text = headersFile({ base: '/', scriptHashes: ['sha256-abc='], noindexPaths: [] });
    expect(rulesFor(text, '/articles/2024/04/a/').filter((h) => h.startsWith('Content-Security-Policy'))).toEqual([
      `Content-Security-Policy: ${PAGES_CSP}`,
    ]);
    expect(text).not.toContain('admin/*\n  Content-Security-Policy');
  });

  test('returns exactly one policy per path with a desk: the pages’ outside /admin/, the desk’s inside', () => {
    const text = headersFile({
      base: '/news/',
      scriptHashes: ['sha256-abc='],
      noindexPaths: [],
      admin: {
        connectOrigins: ['https://api.github.com'],
        topLevel: ['admin/', 'articles/', 'index.html', '404.html', 'rss.xml', 'search/'],
      },
    });
    const policies = (path: string) => rulesFor(text, path).filter((h) => h.startsWith('Content-Security-Policy'));
    for (const path of ['/news/', '/news/articles/2024/04/a/', '/news/404.html', '/news/rss.xml', '/news/search/']) {
      expect(policies(path), path).toEqual([`Content-Security-Policy: ${PAGES_CSP}`]);
    }
    expect(policies('/news/admin/')).toEqual([`Content-Security-Policy: ${ADMIN_CSP}`]);
    expect(rulesFor(text, '/news/admin/')).toContain('X-Robots-Tag: noindex, nofollow');
    expect(rulesFor(text, '/news/admin/')).toContain('X-Content-Type-Options: nosniff');
  });
});
