import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasPage, readPage, textOf } from '../setup/dist.ts';
import { parseHeadersFile, parseRedirectsFile } from '../setup/host-files.ts';
import { PUBLISH_DIST as DIST } from '../setup/paths.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as { languages: Record<string, { page_count: number }> };
const everyList = () =>
  ['/', '/columns/tongzhi/', '/columns/yaowen/'].map((p) => textOf(readPage(DIST, p).querySelector('main'))).join('\n');

describe('a scheduled article', () => {
  test('has no page and no list entry before its published date', () => {
    expect(hasPage(DIST, '/articles/2099/01/weilai-fabu/')).toBe(false);
    expect(everyList()).not.toContain('定于未来发布的示范通知');
  });
});

describe('a withdrawn article', () => {
  const path = '/articles/2024/02/chegao-shili/';
  const page = readPage(DIST, path);

  test('becomes a tombstone with the reason and the date, without its body', () => {
    expect(textOf(page.querySelector('main h1'))).toBe('该文已应权利人要求删除');
    expect(textOf(page.querySelector('main'))).toContain('删除原因：权利人来函要求删除（示范函〔2024〕3号）');
    expect(textOf(page.querySelector('main'))).toContain('删除日期：2024年3月20日');
    expect(read('articles/2024/02/chegao-shili/index.html')).not.toContain('琥珀色灯塔守望者');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('leaves the home page and column lists', () => {
    expect(everyList()).not.toContain('已应权利人要求撤下的示范稿件');
  });

  test('answers 410 through _redirects and is noindex in _headers', () => {
    expect(parseRedirectsFile(read('_redirects'))).toContainEqual([path, `${path}index.html`, '410']);
    expect(parseHeadersFile(read('_headers')).get(path)?.get('X-Robots-Tag')).toBe('noindex');
  });

  test('is listed in the dead-link files for Baidu', () => {
    expect(read('deadlinks.txt')).toBe(`https://fixture.example.cn${path}\n`);
    expect(read('deadlinks.xml')).toContain(`<url><loc>https://fixture.example.cn${path}</loc></url>`);
  });

  test('is in the takedown log with the days taken and the 30-day promise kept', () => {
    expect(read('takedown-log.csv').split('\n')).toEqual([
      'url,title,received,done,days,within_30_days,reason',
      `https://fixture.example.cn${path},已应权利人要求撤下的示范稿件,2024-03-01,2024-03-20,19,yes,权利人来函要求删除（示范函〔2024〕3号）`,
      '',
    ]);
  });
});

describe('a renamed article', () => {
  test('its old address is a redirect page with meta refresh and canonical', () => {
    const old = readPage(DIST, '/articles/2024/02/jiu-mingcheng/');
    expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/articles/2024/02/xin-mingcheng/');
    expect(old.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://fixture.example.cn/articles/2024/02/xin-mingcheng/',
    );
    expect(old.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test('its old address has a 301 host rule', () => {
    expect(parseRedirectsFile(read('_redirects'))).toContainEqual([
      '/articles/2024/02/jiu-mingcheng/',
      '/articles/2024/02/xin-mingcheng/',
      '301',
    ]);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(read('_headers'));

  test('sends security headers with a CSP that allows Pagefind WebAssembly and no inline script without a hash', () => {
    const all = rules.get('/*');
    expect(all?.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all?.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(all?.get('Permissions-Policy')).toContain('camera=()');
    const scriptSrc = all
      ?.get('Content-Security-Policy')
      ?.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc?.split(' ').filter((s) => !s.startsWith("'sha256-"))).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
    expect(all?.get('Cache-Control')).toBeUndefined();
  });

  test('caches hashed assets forever and HTML for five minutes, one Cache-Control per path', () => {
    expect(rules.get('/_astro/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/pagefind/fragment/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(rules.get('/articles/*')?.get('Cache-Control')).toBe('public, max-age=300, must-revalidate');
    expect(rules.get('/pagefind/pagefind-entry.json')?.get('Cache-Control')).toBe('public, max-age=300, must-revalidate');
  });
});

describe('awkward but valid files', () => {
  test('a file with a BOM, CRLF line endings and a zero-width space and NBSP in the title renders cleanly', () => {
    const page = readPage(DIST, '/articles/2024/03/crlf-bom/');
    expect(page.querySelector('h1')?.textContent).toBe('示范 Windows编辑器保存的稿件');
    expect(page.querySelectorAll('.article-body p').map(textOf)).toEqual(['第一段。', '第二段。']);
  });
});

describe('drafts', () => {
  test('a draft has no page and no list entry', () => {
    expect(hasPage(DIST, '/articles/2024/02/caogao/')).toBe(false);
    expect(everyList()).not.toContain('尚未完成的草稿稿件');
  });
});

describe('the search index', () => {
  test('holds only the two live articles: no draft, scheduled or withdrawn one', () => {
    expect(readJson('pagefind/pagefind-entry.json').languages['zh-cn']?.page_count).toBe(2);
  });
});

describe('feeds and sitemap', () => {
  test('carry only the live articles', () => {
    for (const file of ['rss.xml', 'atom.xml', 'sitemap-0.xml']) {
      const xml = read(file);
      expect(xml).toContain('/articles/2024/02/xin-mingcheng/');
      expect(xml).toContain('/articles/2024/03/crlf-bom/');
      for (const hidden of ['caogao', 'weilai-fabu', 'chegao-shili', 'jiu-mingcheng']) expect(xml).not.toContain(hidden);
    }
  });
});
