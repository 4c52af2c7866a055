import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../bench/lib/bench/project-copy.ts';
import { buildSite } from '../setup/astro-build.ts';
import { hashTree } from '../setup/dist.ts';
import { PUBLISH_CONTENT, ROOT } from '../setup/paths.ts';

/**
 * Every kind of change the incremental planner (scripts/lib/build/incremental.ts) tells apart,
 * one after another on one output folder: each build must leave `dist/` byte for byte what a
 * full build of the same content and settings writes. A small site (the publishing fixture and
 * 18 short articles over two years, with tags, in pages of 5 so that lists have several) in a copy
 * of the project with caches of its own, so that a file in `src/` can change. Which list files a
 * build rewrote and which it kept from the previous output is told by their inodes: a kept file is
 * a hard link to the previous one.
 */

const work = mkdtempSync(join(tmpdir(), 'zhuanzai-inc-'));
const project = join(work, 'project');
const content = join(work, 'content');
const dist = join(work, 'dist');
const env: Record<string, string> = { ZHUANZAI_NOW: '2024-06-01 12:00' };

const file = (name: string) => `articles/${name}.md`;
const page = (name: string) => `/articles/${name}/index.html`;

function writeArticle(name: string, frontmatter: string, body: string): void {
  mkdirSync(dirname(join(content, file(name))), { recursive: true });
  writeFileSync(join(content, file(name)), `---\n${frontmatter}\n---\n\n${body}\n`);
}

/** Short fictional articles, two columns, 2023 and 2024, bodies of three distinct paragraphs. */
function writeArticles(): void {
  const words = ['堤防巡查', '秸秆还田', '夜市管理', '校车安全', '古树保护', '冬春供暖', '燃气入户', '菜篮子工程', '河道清淤'];
  for (let i = 1; i <= 18; i++) {
    const year = i <= 8 ? 2023 : 2024;
    // 2024's articles before June: none dated after the build's now.
    const month = String(year === 2023 ? ((i * 5) % 12) + 1 : ((i * 3) % 5) + 1).padStart(2, '0');
    const word = words[i % words.length];
    writeArticle(
      `${year}/${month}/jianbao-${i}`,
      `title: 示范县${word}工作简报第${i}期\ndate: ${year}-${month}-${String(i + 1).padStart(2, '0')}\nsource: ${i === 5 ? '示范县政府' : '示范县人民政府'}\noriginalUrl: https://county.example.gov/jianbao/${i}.html\ncategory: ${i % 2 ? '要闻' : '通知公告'}\ntags: [${i % 3 ? '秋收' : '防汛'}]`,
      `示范县第${i}期简报：${word}进展顺利，第${i}批任务完成。\n\n第${i}期第二段记录${word}的${i * 7}处点位。\n\n第${i}期第三段，编号${i * 13}。`,
    );
  }
  // An MDX article: Astro renders it from a module of its own, which every sync must register again.
  mkdirSync(join(content, 'articles/2023/12'), { recursive: true });
  writeFileSync(
    join(content, 'articles/2023/12/mdx-jianbao.mdx'),
    '---\ntitle: 示范县冬季供暖 MDX 简报\ndate: 2023-12-20\nsource: 示范县人民政府\noriginalUrl: https://county.example.gov/mdx.html\ncategory: 要闻\n---\n\n冬季供暖**全面启动**，共有{3 * 4}个供热站。\n',
  );
  // Scheduled: comes into view at 2024-06-02 08:00.
  writeArticle(
    '2024/06/dingshi',
    'title: 示范县定时发布的通知\ndate: 2024-05-30\npublished: 2024-06-02 08:00\nsource: 示范县人民政府\noriginalUrl: https://county.example.gov/dingshi.html\ncategory: 通知公告',
    '这篇通知定于六月二日上午发布。',
  );
}

/** The inode of every file of `dist/`, by path as `hashTree` names them. */
function inodes(): Map<string, number> {
  const found = new Map<string, number>();
  if (!existsSync(dist)) return found;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name).slice(dist.length), statSync(join(entry.parentPath, entry.name)).ino);
  return found;
}
let before = new Map<string, number>();
/** List routes of one group each (column, source, tag, archive pages and column feeds), as files of `dist/`. */
const isGroupRoute = (path: string) =>
  /^\/(columns|sources|tags)\/[^/]+\/(\d+\/)?index\.html$/.test(path) ||
  /^\/columns\/[^/]+\/(rss|atom)\.xml$/.test(path) ||
  /^\/archive\/\d{4}\/(\d{2}\/(\d+\/)?)?index\.html$/.test(path);
/** The list-route files of `dist/` the last build wrote anew (not kept as links to the previous ones). */
const rewrittenRoutes = () => {
  const now = inodes();
  return [...now.keys()].filter((p) => isGroupRoute(p) && now.get(p) !== before.get(p)).sort();
};
const groupRoutes = (output: Map<string, string>, ...prefixes: string[]) =>
  [...output.keys()].filter((p) => isGroupRoute(p) && prefixes.some((prefix) => p.startsWith(prefix))).sort();
/** The list-route files that show a text (a title, a link). */
const routesShowing = (text: string) =>
  [...inodes().keys()].filter((p) => isGroupRoute(p) && readFileSync(join(dist, p.slice(1)), 'utf8').includes(text)).sort();

/** Builds `dist/` as the next publish would, and checks which plan the build chose. */
let output = '';
function build(plan: string): Map<string, string> {
  before = inodes();
  const result = buildSite(content, dist, env, project);
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain(plan);
  output = result.output;
  return hashTree(dist);
}

let references = 0;
/** A full build of the same content and settings into a folder of its own: `dist/` must be byte for byte the same. */
function expectSameAsFull(output: Map<string, string>): void {
  const full = join(work, `full-${(references += 1)}`);
  const result = buildSite(content, full, { ...env, ZHUANZAI_FULL_BUILD: '1' }, project);
  expect(result.status, result.output).toBe(0);
  const reference = hashTree(full);
  rmSync(full, { recursive: true, force: true });
  expect([...output.keys()].filter((k) => output.get(k) !== reference.get(k))).toEqual([]);
  expect([...reference.keys()].sort()).toEqual([...output.keys()].sort());
}

const edit = (name: string, change: (text: string) => string) =>
  writeFileSync(join(content, file(name)), change(readFileSync(join(content, file(name)), 'utf8')));
const changedPages = (before: Map<string, string>, after: Map<string, string>) =>
  [...after.keys()].filter((k) => after.get(k) !== before.get(k) && !k.startsWith('/pagefind/')).sort();
const FULL = 'Full build (';
const GLOBAL = 'Full build (code, site data or settings changed).';
const LISTS = (pages: number, removed = 0) =>
  `Incremental build: ${pages} article page(s) changed or show what changed, ${removed} removed, with the lists, feeds and sitemap`;
/** Every page a build with lists rewrites besides article pages: lists, feeds, sitemap, host files (not the search index). */
const articlePages = (paths: string[]) => paths.filter((p) => p.startsWith('/articles/'));

describe('npm run build after an earlier build of the same dist: incremental equals full', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  copyProject(ROOT, project, { ownCaches: true });
  cpSync(PUBLISH_CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'site.yaml'), readFileSync(join(content, 'site.yaml'), 'utf8').replace('pageSize: 20', 'pageSize: 5'));
  writeArticles();
  let last = new Map<string, string>();

  test('builds everything first, then nothing when nothing changed', { timeout: 240_000 }, () => {
    last = build('Full build (no earlier build recorded).');
    const unchanged = build(`Nothing to rebuild: no page of ${dist} would change.`);
    expect(changedPages(last, unchanged)).toEqual([]);
  });

  test('a body edit at the end rebuilds only that page', { timeout: 240_000 }, () => {
    edit('2024/03/jianbao-9', (t) => `${t}\n编者按：本文于次日补充了值班电话。\n`);
    const after = build('Incremental build: 1 article page(s) changed');
    expect(changedPages(last, after)).toEqual([page('2024/03/jianbao-9')]);
    expect(rewrittenRoutes()).toEqual([]);
    // Astro's content sync read that one file again, not the other 24 article files (src/lib/content-manifest.ts).
    expect(output).toContain('1 new or changed article file(s) read, 24 kept, 0 removed (content manifest).');
    expectSameAsFull((last = after));
  });

  test('a body edit in the first paragraph (the summary lists show) rebuilds that page and the lists', { timeout: 240_000 }, () => {
    edit('2024/03/jianbao-9', (t) => t.replace('进展顺利', '进展迅速、成效明显'));
    const after = build(LISTS(1));
    // The summary is in the feeds, not in other article pages.
    expect(articlePages(changedPages(last, after))).toEqual([page('2024/03/jianbao-9')]);
    // The list routes that list it (its column, source, tag and month pages, its column's feeds), and no other.
    expect(rewrittenRoutes()).toEqual(routesShowing('/articles/2024/03/jianbao-9/'));
    expect(rewrittenRoutes()).toEqual(expect.arrayContaining(['/columns/yaowen/rss.xml', '/archive/2024/03/index.html']));
    expect(rewrittenRoutes().length).toBeLessThan(groupRoutes(after, '/').length / 4);
    last = after;
    // The feeds carry the summary.
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('进展迅速、成效明显');
    expectSameAsFull(last);
  });

  test('a title edit rebuilds that page, the pages that show the title and the lists', { timeout: 240_000 }, () => {
    edit('2023/11/jianbao-2', (t) => t.replace(/^title: .*$/m, 'title: 示范县秸秆还田工作简报（更新）'));
    const before = last;
    last = build('Incremental build: ');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('示范县秸秆还田工作简报（更新）');
    const rewritten = articlePages(changedPages(before, last));
    expect(rewritten).toContain(page('2023/11/jianbao-2'));
    // Its 上一篇/下一篇 show the new title; 相关文章 elsewhere may gain or lose it (its title terms changed).
    const own = readFileSync(join(dist, page('2023/11/jianbao-2').slice(1)), 'utf8');
    const prevNext = /<nav class="prev-next[\s\S]*?<\/nav>/.exec(own)?.[0] ?? '';
    const neighbours = [...prevNext.matchAll(/href="([^"]+)"/g)].map((m) => `${m[1]}index.html`);
    expect(neighbours.length).toBeGreaterThan(0);
    for (const n of neighbours) {
      expect(rewritten).toContain(n);
      expect(readFileSync(join(dist, n.slice(1)), 'utf8')).toContain('示范县秸秆还田工作简报（更新）');
    }
    expect(readFileSync(join(dist, 'archive/2023/11/index.html'), 'utf8')).toContain('示范县秸秆还田工作简报（更新）');
    // Every list route that shows the new title was rewritten, and no other.
    expect(rewrittenRoutes()).toEqual(routesShowing('示范县秸秆还田工作简报（更新）'));
    expect(rewrittenRoutes().length).toBeGreaterThanOrEqual(5);
    expectSameAsFull(last);
  });

  test('site data builds everything', { timeout: 240_000 }, () => {
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('tagline: 欢迎来到示范转载网！', 'tagline: 示范转载网欢迎您！'));
    // An alias becomes a source of its own: an unchanged file that names it now has that source.
    const sources = join(content, 'sources.yaml');
    writeFileSync(
      sources,
      `${readFileSync(sources, 'utf8').replace('aliases: [示范县政府]', 'aliases: []')}- name: 示范县政府\n  slug: shifan-xian-zhengfu\n  aliases: []\n  homepage: https://county.example.gov/zhengfu/\n  kind: 政府网站\n`,
    );
    last = build(GLOBAL);
    expect(output).toContain('Site data changed: every article file is read and parsed again (content manifest).');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('示范转载网欢迎您！');
    expect(readFileSync(join(dist, 'articles/2023/02/jianbao-5/index.html'), 'utf8')).toContain('/sources/shifan-xian-zhengfu/');
    expect(readFileSync(join(dist, 'sources/shifan-xian-zhengfu/index.html'), 'utf8')).toContain('/articles/2023/02/jianbao-5/');
    expectSameAsFull(last);
  });

  test('a file in src/ builds everything', { timeout: 240_000 }, () => {
    appendFileSync(join(project, 'src/styles/global.css'), '\n.incremental-test-rule {\n  color: #123456;\n}\n');
    last = build(GLOBAL);
    // Every page rendered again from the entries the content sync kept, the MDX article's too.
    expect(output).toContain('0 new or changed article file(s) read, 25 kept, 0 removed (content manifest).');
    expect(readFileSync(join(dist, 'articles/2023/12/mdx-jianbao/index.html'), 'utf8')).toContain(
      '<strong>全面启动</strong>，共有12个供热站。',
    );
    expectSameAsFull(last);
  });

  test('SITE_URL and SITE_BASE build everything', { timeout: 240_000 }, () => {
    env['SITE_URL'] = 'https://other.example.org';
    env['SITE_BASE'] = '/zhuanzai/';
    last = build(GLOBAL);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('href="/zhuanzai/');
    expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('https://other.example.org/zhuanzai/sitemap-0.xml');
    expectSameAsFull(last);
  });

  test('ZHUANZAI_SEARCH_SHARDS builds everything, with one bundle a year', { timeout: 240_000 }, () => {
    env['ZHUANZAI_SEARCH_SHARDS'] = 'year';
    last = build(GLOBAL);
    const shards = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: { id: string }[] };
    expect(shards.shards.map((s) => s.id)).toEqual(['2024', '2023']);
    expectSameAsFull(last);
  });

  test('ZHUANZAI_SEARCH_SHARD_SIZE alone builds everything, with the years cut into parts', { timeout: 240_000 }, () => {
    env['ZHUANZAI_SEARCH_SHARD_SIZE'] = '4';
    last = build(GLOBAL);
    const shards = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: { id: string }[] };
    expect(shards.shards.length).toBeGreaterThan(2);
    expectSameAsFull(last);
  });

  test('with feeds of the whole text, a body edit rebuilds that page and the feeds that carry it', { timeout: 240_000 }, () => {
    const site = join(content, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('feed: summary', 'feed: full'));
    last = build(GLOBAL);
    edit('2024/03/jianbao-9', (t) => `${t}\n编者按：全文输出的订阅也要更新。\n`);
    const before = last;
    last = build(LISTS(1));
    expect(articlePages(changedPages(before, last))).toEqual([page('2024/03/jianbao-9')]);
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('全文输出的订阅也要更新');
    expect(readFileSync(join(dist, 'columns/yaowen/atom.xml'), 'utf8')).toContain('全文输出的订阅也要更新');
    expect(rewrittenRoutes()).toEqual(['/columns/yaowen/atom.xml', '/columns/yaowen/rss.xml']);
    expectSameAsFull(last);
  });

  test('an added article rebuilds its page, the pages that show it and the lists', { timeout: 240_000 }, () => {
    writeArticle(
      '2024/05/xinzeng',
      'title: 示范县新增的一篇通知\ndate: 2024-05-20\nsource: 示范县人民政府\noriginalUrl: https://county.example.gov/xinzeng.html\ncategory: 通知公告\ntags: [防汛]',
      '新增通知的正文，讲述乡村书屋开放时间。',
    );
    const before = last;
    last = build('Incremental build: ');
    expect(existsSync(join(dist, page('2024/05/xinzeng').slice(1)))).toBe(true);
    const rewritten = articlePages(changedPages(before, last));
    expect(rewritten).toContain(page('2024/05/xinzeng'));
    // Not every article page: only the new one and those that link to it.
    expect(rewritten.length).toBeLessThan([...last.keys()].filter((k) => /^\/articles\/.+\/index\.html$/.test(k)).length / 2);
    for (const p of rewritten) expect(readFileSync(join(dist, p.slice(1)), 'utf8')).toContain('示范县新增的一篇通知');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/articles/2024/05/xinzeng/');
    expect(readFileSync(join(dist, 'columns/tongzhi/index.html'), 'utf8')).toContain('示范县新增的一篇通知');
    // The newest article tops its column, source, tag and month: every page of those shifts and is
    // rewritten (with the year's count); the other lists are kept as they were.
    const shifted = groupRoutes(
      last,
      '/columns/tongzhi/',
      '/sources/shifan-xian/',
      '/tags/fang-xun/',
      '/archive/2024/05/',
      '/archive/2024/index',
    );
    expect(shifted.filter((p) => /\/2\/index\.html$/.test(p))).toEqual([
      '/columns/tongzhi/2/index.html',
      '/sources/shifan-xian/2/index.html',
      '/tags/fang-xun/2/index.html',
    ]);
    expect(rewrittenRoutes()).toEqual(shifted);
    const kept = groupRoutes(
      last,
      '/columns/yaowen/',
      '/columns/kong/',
      '/sources/shifan-ribao/',
      '/tags/qiu-shou/',
      '/archive/2023/',
      '/archive/2024/04/',
    );
    expect(kept).toEqual(
      expect.arrayContaining(['/columns/yaowen/2/index.html', '/tags/qiu-shou/2/index.html', '/tags/qiu-shou/3/index.html']),
    );
    expect(kept.filter((p) => rewrittenRoutes().includes(p))).toEqual([]);
    expectSameAsFull(last);
  });

  test('a removed article leaves no page behind and rebuilds the pages that showed it and the lists', { timeout: 240_000 }, () => {
    rmSync(join(content, file('2023/06/jianbao-1')));
    last = build('removed, with the lists, feeds and sitemap');
    // Its column's lists and feeds, its year, and its month's page is gone; the 通知公告 lists never showed it.
    expect(rewrittenRoutes()).toEqual(expect.arrayContaining(['/columns/yaowen/rss.xml', '/archive/2023/index.html']));
    expect(existsSync(join(dist, 'archive/2023/06/index.html'))).toBe(false);
    expect(rewrittenRoutes().filter((p) => p.startsWith('/columns/tongzhi/'))).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/articles/2023/06/jianbao-1/');
    expect(existsSync(join(dist, page('2023/06/jianbao-1').slice(1)))).toBe(false);
    expectSameAsFull(last);
  });

  test('a withdrawn article rebuilds its page (a tombstone), the pages that showed it and the lists', { timeout: 240_000 }, () => {
    edit('2023/04/jianbao-3', (t) =>
      t.replace('category: 要闻', 'category: 要闻\nwithdrawn:\n  date: 2024-05-31\n  reason: 权利人来函要求删除'),
    );
    last = build('Incremental build: ');
    expect(readFileSync(join(dist, page('2023/04/jianbao-3').slice(1)), 'utf8')).toContain('该文已应权利人要求删除');
    expect(readFileSync(join(dist, 'deadlinks.txt'), 'utf8')).toContain('/articles/2023/04/jianbao-3/');
    expectSameAsFull(last);
  });

  test('a scheduled article coming into view rebuilds its page, the pages that show it and the lists', { timeout: 240_000 }, () => {
    expect(existsSync(join(dist, page('2024/06/dingshi').slice(1)))).toBe(false);
    env['ZHUANZAI_NOW'] = '2024-06-02 09:00';
    const before = last;
    last = build('Incremental build: ');
    expect(articlePages(changedPages(before, last))).toContain(page('2024/06/dingshi'));
    expect(existsSync(join(dist, page('2024/06/dingshi').slice(1)))).toBe(true);
    expectSameAsFull(last);
  });

  test('more changed article pages than the limit build everything', { timeout: 240_000 }, () => {
    env['ZHUANZAI_MAX_PARTIAL'] = '2';
    for (const name of ['2024/03/jianbao-9', '2024/01/jianbao-10', '2024/04/jianbao-11']) edit(name, (t) => `${t}\n（完）\n`);
    last = build(`${FULL}3 articles changed).`);
    expectSameAsFull(last);
  });

  test('builds everything when the output folder was changed by anything else', { timeout: 240_000 }, () => {
    rmSync(join(dist, 'robots.txt'));
    build('Full build (the output folder is missing or changed since the last build).');
    expect(existsSync(join(dist, 'robots.txt'))).toBe(true);
  });
});
