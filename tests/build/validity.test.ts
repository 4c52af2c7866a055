import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { htmlToWeight } from '../../bench/lib/lighthouse/weight.ts';
import { DEMO_DIST, FIXTURE_DIST, PUBLISH_DIST } from '../setup/paths.ts';

const htmlFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Every file a root-relative URL can reach: `/a/` is `a/index.html`, `/rss.xml` is itself. */
function urlTargets(dist: string): Set<string> {
  const targets = new Set<string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = `/${file.replace(/\\/g, '/')}`;
    targets.add(path);
    if (path.endsWith('/index.html')) targets.add(path.slice(0, -'index.html'.length));
  }
  return targets;
}

/** Internal href/src values of one page that lead nowhere in `dist`, as `page -> url`. */
function brokenLinks(dist: string, file: string, targets: Set<string>): string[] {
  const page = parse(readFileSync(join(dist, file), 'utf8'));
  const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, 'http://site.invalid');
  const broken: string[] = [];
  for (const el of page.querySelectorAll('[href], [src]')) {
    const value = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    const url = new URL(value, pageUrl);
    if (url.origin !== pageUrl.origin) continue;
    const path = decodeURIComponent(url.pathname);
    if (!targets.has(path)) broken.push(`${file} -> ${value}`);
    else if (url.hash && path.endsWith('/')) {
      const target = path === pageUrl.pathname ? page : parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      if (!target.getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${file} -> ${value} (no such id)`);
    }
  }
  return broken;
}

/**
 * html-validate's recommended preset with no rule disabled or relaxed: every page must pass it as
 * it is. (A rule turned off here must be listed with its reason.)
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function validate(dist: string, files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return problems;
}

/** Every kind of page the site builds, told apart by its path (a redirect by its meta refresh). */
const PAGE_TYPES: readonly [string, (file: string, html: string) => boolean][] = [
  ['redirect', (_, html) => /http-equiv="refresh"/iu.test(html)],
  ['home', (f) => f === 'index.html'],
  ['article', (f) => /^articles\/\d{4}\/\d{2}\/[^/]+\/index\.html$/u.test(f)],
  ['column list', (f) => f === 'columns/index.html'],
  ['column', (f) => /^columns\/[^/]+\/index\.html$/u.test(f)],
  ['column, later page', (f) => /^columns\/[^/]+\/\d+\/index\.html$/u.test(f)],
  ['source list', (f) => f === 'sources/index.html'],
  ['source', (f) => /^sources\/[^/]+\/(\d+\/)?index\.html$/u.test(f)],
  ['tag list', (f) => f === 'tags/index.html'],
  ['tag', (f) => /^tags\/[^/]+\/(\d+\/)?index\.html$/u.test(f)],
  ['archive', (f) => f === 'archive/index.html'],
  ['archive year', (f) => /^archive\/\d{4}\/index\.html$/u.test(f)],
  ['archive month', (f) => /^archive\/\d{4}\/\d{2}\/(\d+\/)?index\.html$/u.test(f)],
  ['search', (f) => f === 'search/index.html'],
  ['not found', (f) => f === '404.html'],
];
const pageType = (dist: string, file: string) =>
  PAGE_TYPES.find(([, is]) => is(file.replace(/\\/g, '/'), readFileSync(join(dist, file), 'utf8')))?.[0] ?? `unknown: ${file}`;

describe('html-validate (recommended rules) on every page type', () => {
  const sites = [FIXTURE_DIST, PUBLISH_DIST].map((dist) => ({ dist, files: htmlFiles(dist) }));

  test('the fixture and publishing sites together build every page type, and no page of another type', () => {
    const types = new Set(sites.flatMap(({ dist, files }) => files.map((f) => pageType(dist, f))));
    expect([...types].sort()).toEqual(PAGE_TYPES.map(([name]) => name).sort());
  });

  test('reports 0 errors on every page of the publishing site (drafts, scheduled, withdrawn, redirects)', async () => {
    const [, publishing] = sites;
    expect(await validate(publishing!.dist, publishing!.files)).toEqual([]);
  });
});

describe.each([
  ['fixture', FIXTURE_DIST],
  ['demo', DEMO_DIST],
])('every page of the %s site', (_name, dist) => {
  const files = htmlFiles(dist);

  test('there are pages to check', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  test('html-validate (recommended rules) reports 0 errors', async () => {
    expect(await validate(dist, files)).toEqual([]);
  });

  test('every article page weighs at most 20 KB gzip in HTML, CSS and JS, with no render-blocking script', () => {
    const articles = files.filter((f) => f.startsWith('articles/'));
    expect(articles.length).toBeGreaterThan(0);
    const over = articles
      .map((f) => ({ f, w: htmlToWeight(readFileSync(join(dist, f), 'utf8'), (url) => readFileSync(join(dist, url))) }))
      .filter(({ w }) => w.total > 20 * 1024 || w.blockingScripts.length > 0)
      .map(({ f, w }) => `${f}: ${w.total} bytes, blocking ${w.blockingScripts.join(' ')}`);
    expect(over).toEqual([]);
  });

  test('no internal link, image or stylesheet URL is broken', () => {
    const targets = urlTargets(dist);
    expect(files.flatMap((f) => brokenLinks(dist, f, targets))).toEqual([]);
  });
});

describe('the link checker', () => {
  test('reports a missing page and a missing fragment id, and accepts a good link and an external one', () => {
    const dist = mkdtempSync(join(tmpdir(), 'zhuanzai-links-'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, 'a/index.html'), '<p id="here">a</p>');
    writeFileSync(
      join(dist, 'index.html'),
      '<a href="/a/">ok</a><a href="a/#here">ok</a><a href="/a/#gone">bad id</a><img src="/missing.png" alt=""><a href="https://x.cn/nope/">ext</a>',
    );
    expect(brokenLinks(dist, 'index.html', urlTargets(dist))).toEqual([
      'index.html -> /a/#gone (no such id)',
      'index.html -> /missing.png',
    ]);
  });
});
