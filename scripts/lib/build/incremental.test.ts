import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { sampleArticle } from '../search-index/testing.ts';
import { listRouteKeys } from './list-routes.ts';
import { SITE } from './testing.ts';
import type { Shown } from './affected.ts';
import {
  articleKeys,
  currentState,
  folderFingerprint,
  folderFingerprintAsync,
  folderPrintAsync,
  globalKey,
  linkListedAsync,
  linkTreeAsync,
  listFolderAsync,
  MAX_PARTIAL,
  relativeFilesUnder,
  maxPartialFromEnv,
  planBuild,
  type ArticleState,
  type BuildState,
} from './incremental.ts';

const BODY = '第一段，摘要取自这里。\n\n第二段。\n\n第三段。';
const article = (id: string, data: Partial<ArticleData> = {}, body = BODY) => sampleArticle(id, data, body);

/** One article's recorded keys: listed with a page unless `shown` says otherwise. */
const keysOf = (page: string, list: string, shown: Shown = 2, context = 'c'): ArticleState => ({
  page,
  list,
  shown,
  context: shown === 0 ? '' : context,
});
/** A recorded state: `articles` maps ids to their keys, `lists` list routes to theirs; the rest as a build would record it. */
function state(articles: Record<string, ArticleState>, global = 'g', lists: Record<string, string> = {}): BuildState {
  return { version: 3, outDir: '/site/dist', outFingerprint: 'f', global, articles, lists };
}
const current = (s: BuildState) => ({ version: s.version, outDir: s.outDir, global: s.global, articles: s.articles, lists: s.lists });
const keys = (n: number, page = 'p') =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`2024/01/a${i}`, keysOf(`${page}${i}`, `l${i}`)]));

describe('planBuild', () => {
  const before = state({ '2024/01/a': keysOf('p1', 'l1'), '2024/01/b': keysOf('p2', 'l2') });
  const partial = (
    ids: string[],
    lists: boolean,
    removed: string[] = [],
    listRoutes = { render: [] as string[], keep: [] as string[] },
  ) => ({
    kind: 'partial',
    ids,
    lists,
    removed,
    ...(lists ? { listRoutes } : {}),
  });

  test('builds everything when no earlier build of this version was recorded', () => {
    expect(planBuild(undefined, current(before), 'f')).toEqual({ kind: 'full', reason: 'no earlier build recorded' });
    expect(planBuild({ ...before, version: 2 }, current(before), 'f')).toEqual({ kind: 'full', reason: 'no earlier build recorded' });
  });

  test('builds everything when the output folder is another, missing or changed since', () => {
    const reason = 'the output folder is missing or changed since the last build';
    expect(planBuild(before, { ...current(before), outDir: '/other/dist' }, 'f')).toEqual({ kind: 'full', reason });
    expect(planBuild(before, current(before), undefined)).toEqual({ kind: 'full', reason });
    expect(planBuild(before, current(before), 'touched')).toEqual({ kind: 'full', reason });
  });

  test('builds everything when code, data or settings changed (the global key)', () => {
    expect(planBuild(before, { ...current(before), global: 'h' }, 'f')).toEqual({
      kind: 'full',
      reason: 'code, site data or settings changed',
    });
  });

  test('rebuilds only the pages whose own content changed, in id order, without the lists, and nothing when nothing did', () => {
    expect(planBuild(before, current(before), 'f')).toEqual({ kind: 'unchanged' });
    const now = { '2024/01/b': keysOf('p2-new', 'l2'), '2024/01/a': keysOf('p1-new', 'l1') };
    expect(planBuild(before, current(state(now)), 'f')).toEqual(partial(['2024/01/a', '2024/01/b'], false));
  });

  test('renders an added article, the pages that show it (their context changed) and the lists', () => {
    const now = {
      '2024/01/a': keysOf('p1', 'l1', 2, 'c-with-new-neighbour'),
      '2024/01/b': keysOf('p2', 'l2'),
      '2024/01/c': keysOf('p3', 'l3'),
    };
    expect(planBuild(before, current(state(now)), 'f')).toEqual(partial(['2024/01/a', '2024/01/c'], true));
  });

  test('leaves out a removed article, renders the pages that showed it and the lists', () => {
    const now = { '2024/01/a': keysOf('p1', 'l1', 2, 'c-without-b') };
    expect(planBuild(before, current(state(now)), 'f')).toEqual(partial(['2024/01/a'], true, ['2024/01/b']));
  });

  test('renders the lists when what they show of an article changed (a title, a summary), with that page', () => {
    const now = { '2024/01/a': keysOf('p1', 'l1'), '2024/01/b': keysOf('p2-new', 'l2-new') };
    expect(planBuild(before, current(state(now)), 'f')).toEqual(partial(['2024/01/b'], true));
    // A first-paragraph edit of an article with the same page elsewhere: only the lists.
    const listOnly = { '2024/01/a': keysOf('p1', 'l1'), '2024/01/b': keysOf('p2', 'l2-new') };
    expect(planBuild(before, current(state(listOnly)), 'f')).toEqual(partial([], true));
  });

  test('renders a scheduled article coming into view and the lists, and nothing while it waits', () => {
    const waiting = state({ ...before.articles, '2024/06/s': keysOf('p3', 'l3', 0) });
    const edited = state({ ...before.articles, '2024/06/s': keysOf('p3-new', 'l3-new', 0) });
    expect(planBuild(waiting, current(edited), 'f')).toEqual({ kind: 'unchanged' });
    const due = state({ ...before.articles, '2024/06/s': keysOf('p3', 'l3', 2) });
    expect(planBuild(waiting, current(due), 'f')).toEqual(partial(['2024/06/s'], true));
  });

  test('renders a withdrawn article (now a tombstone) and the lists; an article that became a draft is removed', () => {
    const withdrawn = state({ '2024/01/a': keysOf('p1', 'l1'), '2024/01/b': keysOf('p2-tomb', 'l2-tomb', 1) });
    expect(planBuild(before, current(withdrawn), 'f')).toEqual(partial(['2024/01/b'], true));
    const draft = state({ '2024/01/a': keysOf('p1', 'l1'), '2024/01/b': keysOf('p2-draft', 'l2-draft', 0) });
    expect(planBuild(before, current(draft), 'f')).toEqual(partial([], true, ['2024/01/b']));
  });

  test('renders the list routes whose key changed or that are new, and keeps those whose key is the same', () => {
    const lists = { '/columns/yaowen/': 'c1', '/columns/yaowen/2/': 'c2', '/columns/tongzhi/': 't1', '/tags/fang-xun/': 'f1' };
    const listed = state(before.articles, 'g', lists);
    // An article added at the top of 要闻: both its pages shift, 通知公告 and the tag stay; a new tag page.
    const added = state({ ...before.articles, '2024/01/c': keysOf('p3', 'l3') }, 'g', {
      ...lists,
      '/columns/yaowen/': 'c1-new',
      '/columns/yaowen/2/': 'c2-new',
      '/tags/kang-zai/': 'k1',
    });
    expect(planBuild(listed, current(added), 'f')).toEqual(
      partial(['2024/01/c'], true, [], {
        render: ['/columns/yaowen/', '/columns/yaowen/2/', '/tags/kang-zai/'],
        keep: ['/columns/tongzhi/', '/tags/fang-xun/'],
      }),
    );
  });

  test('renders the lists when a list route is gone or its key changed though no article key did (a whole-text feed)', () => {
    const lists = { '/columns/yaowen/': 'c1', '/tags/fang-xun/': 'f1' };
    const listed = state(before.articles, 'g', lists);
    const gone = state(before.articles, 'g', { '/columns/yaowen/': 'c1' });
    expect(planBuild(listed, current(gone), 'f')).toEqual(partial([], true, [], { render: [], keep: ['/columns/yaowen/'] }));
    const feed = state(before.articles, 'g', { ...lists, '/columns/yaowen/rss.xml': 'r2' });
    expect(planBuild(state(before.articles, 'g', { ...lists, '/columns/yaowen/rss.xml': 'r1' }), current(feed), 'f')).toEqual(
      partial([], true, [], { render: ['/columns/yaowen/rss.xml'], keep: ['/columns/yaowen/', '/tags/fang-xun/'] }),
    );
    expect(planBuild(listed, current(listed), 'f')).toEqual({ kind: 'unchanged' });
  });

  test(`builds everything when more than ${MAX_PARTIAL} pages (or the given limit) are to be rendered`, () => {
    const many = state(keys(MAX_PARTIAL + 1));
    expect(planBuild(many, current(state(keys(MAX_PARTIAL + 1, 'q'))), 'f')).toEqual({
      kind: 'full',
      reason: `${MAX_PARTIAL + 1} articles changed`,
    });
    const limit = state(keys(MAX_PARTIAL));
    expect(planBuild(limit, current(state(keys(MAX_PARTIAL, 'q'))), 'f')).toMatchObject({ kind: 'partial' });
    expect(planBuild(state(keys(3)), current(state(keys(3, 'q'))), 'f', 2)).toEqual({ kind: 'full', reason: '3 articles changed' });
    // Twenty new articles under a limit of 20, twenty-one over it.
    const added = (n: number) =>
      state({ ...keys(2), ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`2024/02/n${i}`, keysOf('n', 'n')])) });
    expect(planBuild(state(keys(2)), current(added(20)), 'f', 20)).toMatchObject({ kind: 'partial', lists: true });
    expect(planBuild(state(keys(2)), current(added(21)), 'f', 20)).toEqual({ kind: 'full', reason: '21 articles changed' });
  });
});

describe('maxPartialFromEnv', () => {
  test('returns ZHUANZAI_MAX_PARTIAL, else 500, and names the variable when the value is no whole number', () => {
    expect([
      maxPartialFromEnv({}),
      maxPartialFromEnv({ ZHUANZAI_MAX_PARTIAL: ' 3 ' }),
      maxPartialFromEnv({ ZHUANZAI_MAX_PARTIAL: '0' }),
    ]).toEqual([500, 3, 0]);
    expect(() => maxPartialFromEnv({ ZHUANZAI_MAX_PARTIAL: 'many' })).toThrow(
      'ZHUANZAI_MAX_PARTIAL must be a whole number of articles, e.g. 500; got "many".',
    );
  });
});

describe('articleKeys', () => {
  const base = articleKeys(article('2024/01/a'));

  test('a body edit after the first paragraph changes the page only', () => {
    const edited = articleKeys(article('2024/01/a', {}, `${BODY}\n\n编者按：补充了电话。`));
    expect([edited.page === base.page, edited.list === base.list]).toEqual([false, true]);
  });

  test('a body edit in the first paragraph changes the summary lists show, unless the summary is set', () => {
    const edited = articleKeys(article('2024/01/a', {}, BODY.replace('第一段', '首段')));
    expect([edited.page === base.page, edited.list === base.list]).toEqual([false, false]);
    const withSummary = articleKeys(article('2024/01/a', { summary: '编者写的摘要。' }));
    const firstEdited = articleKeys(article('2024/01/a', { summary: '编者写的摘要。' }, BODY.replace('第一段', '首段')));
    expect([firstEdited.page === withSummary.page, firstEdited.list === withSummary.list]).toEqual([false, true]);
  });

  test('a title, date or tag edit changes both', () => {
    for (const data of [{ title: '新标题' }, { date: '2024-04-19' }, { tags: ['防汛'] }]) {
      const edited = articleKeys(article('2024/01/a', data));
      expect([edited.page === base.page, edited.list === base.list]).toEqual([false, false]);
    }
  });
});

describe('globalKey', () => {
  const root = mkdtempSync(join(tmpdir(), 'zhuanzai-global-key-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const contentDir = join(root, 'content');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('astro.config.mjs', 'export default {};\n');
  write('src/pages/index.astro', '<p>首页</p>\n');
  write('src/lib/x.test.ts', '// test\n');
  write('public/robots.txt', 'User-agent: *\n');
  write('content/site.yaml', 'name: 示范网\n');
  write('content/articles/2024/01/a.md', '---\ntitle: 甲\n---\n\n正文。\n');
  write('content/articles/2024/01/a.png', 'png');
  const key = (env: NodeJS.ProcessEnv = {}) => globalKey({ root, contentDir, env });
  const base = key();

  test.each(['SITE_URL', 'SITE_BASE', 'ZHUANZAI_SEARCH_SHARDS', 'ZHUANZAI_SEARCH_SHARD_SIZE', 'NODE_ENV'])('changes with %s', (name) => {
    expect(key({ [name]: '1' })).not.toBe(base);
    expect(key({ [name]: '1' })).toBe(key({ [name]: '1' }));
  });

  test.each([
    ['a file in src/', 'src/pages/index.astro'],
    ['a file in public/', 'public/robots.txt'],
    ['site data', 'content/site.yaml'],
    ['an asset beside the articles', 'content/articles/2024/01/a.png'],
    ['astro.config.mjs', 'astro.config.mjs'],
  ])('changes with %s', (_, path) => {
    const before = key();
    appendFileSync(join(root, path), '\n');
    expect(key()).not.toBe(before);
  });

  test('stays the same when a test file in src/ or an article file changes (articles have keys of their own)', () => {
    const before = key();
    appendFileSync(join(root, 'src/lib/x.test.ts'), '// more\n');
    appendFileSync(join(root, 'content/articles/2024/01/a.md'), '补充。\n');
    expect(key()).toBe(before);
  });
});

describe('currentState', () => {
  test('records the version, the resolved output folder, the global key and each article keys', () => {
    const root = mkdtempSync(join(tmpdir(), 'zhuanzai-state-'));
    const a = article('2024/01/a');
    const scheduled = article('2024/06/s', { published: '2024-06-02 08:00' });
    const input = {
      root,
      contentDir: join(root, 'content'),
      outDir: join(root, 'dist', '.'),
      articles: [a, scheduled],
      site: SITE,
      now: '2024-06-01 12:00',
      env: {},
    };
    const recorded = currentState(input);
    expect(recorded).toEqual({
      version: 3,
      outDir: join(root, 'dist'),
      global: globalKey(input),
      articles: {
        '2024/01/a': { ...articleKeys(a), shown: 2, context: expect.stringMatching(/^[0-9a-f]{64}$/) },
        '2024/06/s': { ...articleKeys(scheduled), shown: 0, context: '' },
      },
      lists: Object.fromEntries(listRouteKeys([{ id: a.id, data: a.data, ...articleKeys(a) }], SITE)),
    });
    // The listed article's column, source and archive month; the other column with its one empty page.
    expect(Object.keys(recorded.lists).sort()).toEqual([
      '/archive/2024/',
      '/archive/2024/04/',
      '/columns/tongzhi/',
      '/columns/tongzhi/atom.xml',
      '/columns/tongzhi/rss.xml',
      '/columns/yaowen/',
      '/columns/yaowen/atom.xml',
      '/columns/yaowen/rss.xml',
      '/sources/county/',
      '/sources/xinhua/',
    ]);
    rmSync(root, { recursive: true, force: true });
  });
});

/** `count` article pages below `dir`, as a dist/ holds them, spread over `years` years and twelve months. */
function writeArticlePages(dir: string, count: number, years: number): void {
  for (let i = 0; i < count; i++) {
    const file = join(dir, 'articles', String(2020 + (i % years)), String(i % 12).padStart(2, '0'), `a-${i}`, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<p>${i}</p>`);
  }
}

describe('folderFingerprintAsync', () => {
  test('equals folderFingerprint, and changes with a file added, rewritten or removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-print-'));
    try {
      writeArticlePages(dir, 600, 5);
      writeFileSync(join(dir, 'index.html'), '<p>home</p>');
      symlinkSync(join(dir, 'index.html'), join(dir, 'link.html'));
      const first = await folderFingerprintAsync(dir);
      expect(first).toBe(folderFingerprint(dir));
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      writeFileSync(join(dir, 'articles', 'extra.html'), 'x');
      const added = await folderFingerprintAsync(dir);
      expect(added).toBe(folderFingerprint(dir));
      expect(added).not.toBe(first);
      appendFileSync(join(dir, 'index.html'), 'more');
      expect(await folderFingerprintAsync(dir)).not.toBe(added);
      rmSync(join(dir, 'articles', 'extra.html'));
      expect(await folderFingerprintAsync(dir)).toBe(folderFingerprint(dir));
      expect(await folderFingerprintAsync(join(dir, 'missing'))).toBeUndefined();
      // The listing it comes with is the one-by-one walk's, symbolic links left out.
      const print = await folderPrintAsync(dir);
      expect(print?.files).toEqual(relativeFilesUnder(dir));
      expect(print?.files).toHaveLength(601);
      expect(print?.files).not.toContain('link.html');
      expect(print?.fingerprint).toBe(folderFingerprint(dir));
      expect(await listFolderAsync(join(dir, 'missing'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('linkListedAsync', () => {
  // 2,100 files written, linked twice and removed: seconds on a loaded disk, more than a unit test's 5 (CI timed out once).
  test('hard-links exactly the listed files, making their folders, and leaves the source as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-link-'));
    const from = join(dir, 'from');
    const to = join(dir, 'to');
    try {
      writeArticlePages(from, 700, 3);
      writeFileSync(join(from, 'index.html'), '<p>home</p>');
      const listed = relativeFilesUnder(from).filter((f) => !f.endsWith('/a-7/index.html'));
      expect(await linkListedAsync(from, to, listed)).toBe(700);
      expect(relativeFilesUnder(to)).toEqual(listed);
      const page = 'articles/2020/03/a-3/index.html';
      expect(readFileSync(join(to, page), 'utf8')).toBe('<p>3</p>');
      expect(statSync(join(to, page)).ino).toBe(statSync(join(from, page)).ino);
      expect(statSync(join(from, page)).nlink).toBe(2);
      // An empty listing still makes the target folder.
      expect(await linkListedAsync(from, join(dir, 'empty'), [])).toBe(0);
      expect(relativeFilesUnder(join(dir, 'empty'))).toEqual([]);
      expect(statSync(join(dir, 'empty')).isDirectory()).toBe(true);
      // A file there already is an error, not a silent overwrite.
      await expect(linkListedAsync(from, to, ['index.html'])).rejects.toThrow(/EEXIST/);
      // The whole tree, read as it is linked: every file, the same inodes.
      const whole = join(dir, 'whole');
      expect(await linkTreeAsync(from, whole)).toBe(701);
      expect(relativeFilesUnder(whole)).toEqual(relativeFilesUnder(from));
      expect(statSync(join(whole, page)).ino).toBe(statSync(join(from, page)).ino);
      await expect(linkTreeAsync(join(dir, 'missing'), join(dir, 'nowhere'))).rejects.toThrow(/ENOENT/);
      // Stopped (a full build, or nothing to rebuild): the promise rejects at once, the worker ends.
      const stop = new AbortController();
      const stopped = linkTreeAsync(from, join(dir, 'stopped'), stop.signal);
      stop.abort();
      await expect(stopped).rejects.toThrow(/was stopped/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
