import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { linkListedAsync, relativeFilesUnder } from './incremental.ts';
import { keepsFromPrevious, linkKept, overlayWithLists, pruneToKept } from './overlay-lists.ts';

const work = mkdtempSync(join(tmpdir(), 'zhuanzai-assemble-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const write = (dir: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};
const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e): [string, string] => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')])
      .sort(([a], [b]) => a.localeCompare(b)),
  );

describe('keepsFromPrevious', () => {
  test('keeps bundled assets, the search index, the pages of articles that still have one and the kept list files, nothing else', () => {
    const kept = { pageIds: new Set(['2024/01/a']), listFiles: new Set(['columns/yaowen/3/index.html', 'tags/fang-xun/rss.xml']) };
    expect(
      [
        '_astro/x.css',
        'pagefind/shards.json',
        'articles/2024/01/a/index.html',
        'articles/2024/01/gone/index.html',
        'articles/2023/old-path/index.html',
        'columns/yaowen/2/index.html',
        'columns/yaowen/3/index.html',
        'tags/fang-xun/rss.xml',
        'index.html',
        'sitemap-0.xml',
        '_headers',
      ].map((p) => keepsFromPrevious(p, kept)),
    ).toEqual([true, true, true, false, false, false, true, true, false, false, false]);
  });
});

describe('linkKept and overlayWithLists', () => {
  test('returns the new render over the kept pages: no page of a removed article, no list page the new render lacks and the plan does not keep', async () => {
    const previous = join(work, 'previous');
    const partial = join(work, 'partial');
    const staging = join(work, 'staging');
    write(previous, {
      '_astro/a.css': 'css',
      'pagefind/shards.json': '{}',
      'articles/2024/01/a/index.html': 'a-old',
      'articles/2024/01/b/index.html': 'b',
      'articles/2024/01/gone/index.html': 'gone',
      'columns/yaowen/index.html': 'list-old',
      'columns/yaowen/2/index.html': 'page-2-old',
      'columns/yaowen/3/index.html': 'page-3-unchanged',
      'columns/yaowen/4/index.html': 'page-4-gone',
      'index.html': 'home-old',
    });
    write(partial, {
      '_astro/a.css': 'css',
      'articles/2024/01/a/index.html': 'a-new',
      'articles/2024/02/new/index.html': 'new',
      'columns/yaowen/index.html': 'list-new',
      'index.html': 'home-new',
      'sitemap-0.xml': 'sitemap',
    });
    const kept = { pageIds: new Set(['2024/01/a', '2024/01/b', '2024/02/new']), listFiles: new Set(['columns/yaowen/3/index.html']) };
    expect(await linkKept(previous, staging, kept)).toBe(5);
    expect(overlayWithLists(partial, staging, ['2024/01/a', '2024/02/new']).sort()).toEqual([
      'articles/2024/01/a/index.html',
      'articles/2024/02/new/index.html',
      'columns/yaowen/index.html',
      'index.html',
      'sitemap-0.xml',
    ]);
    expect(read(staging)).toEqual({
      '_astro/a.css': 'css',
      'articles/2024/01/a/index.html': 'a-new',
      'articles/2024/01/b/index.html': 'b',
      'articles/2024/02/new/index.html': 'new',
      'columns/yaowen/3/index.html': 'page-3-unchanged',
      'columns/yaowen/index.html': 'list-new',
      'index.html': 'home-new',
      'pagefind/shards.json': '{}',
      'sitemap-0.xml': 'sitemap',
    });
    // The previous output is left as it was (hard links are replaced, not written into).
    expect(readFileSync(join(previous, 'articles/2024/01/a/index.html'), 'utf8')).toBe('a-old');
    expect(() => overlayWithLists(partial, staging, ['2024/03/missing'])).toThrow(
      'The incremental build wrote no page for 2024/03/missing.',
    );
  });
});

describe('pruneToKept', () => {
  test('a linked copy of the whole previous output, pruned, is the tree linkKept makes: the same files and no folder left empty', async () => {
    const previous = join(work, 'prune-previous');
    write(previous, {
      '_astro/a.css': 'css',
      'pagefind/shards.json': '{}',
      'articles/2024/01/a/index.html': 'a',
      'articles/2024/01/gone/index.html': 'gone',
      'articles/2023/12/old-gone/index.html': 'old-gone',
      'columns/yaowen/index.html': 'list',
      'columns/yaowen/3/index.html': 'page-3',
      'columns/yaowen/4/index.html': 'page-4',
      'tags/x/index.html': 'tag',
      'index.html': 'home',
    });
    const kept = { pageIds: new Set(['2024/01/a']), listFiles: new Set(['columns/yaowen/3/index.html']) };
    const files = relativeFilesUnder(previous);
    const viaKept = join(work, 'prune-kept');
    const viaPrune = join(work, 'prune-pruned');
    expect(await linkKept(previous, viaKept, kept, files)).toBe(4);
    await linkListedAsync(previous, viaPrune, files);
    expect(await pruneToKept(viaPrune, files, kept)).toBe(6);
    const tree = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .map((e) => `${relative(dir, join(e.parentPath, e.name))}${e.isDirectory() ? '/' : ''}`)
        .sort();
    expect(tree(viaPrune)).toEqual(tree(viaKept));
    expect(tree(viaPrune)).toEqual([
      '_astro/',
      '_astro/a.css',
      'articles/',
      'articles/2024/',
      'articles/2024/01/',
      'articles/2024/01/a/',
      'articles/2024/01/a/index.html',
      'columns/',
      'columns/yaowen/',
      'columns/yaowen/3/',
      'columns/yaowen/3/index.html',
      'pagefind/',
      'pagefind/shards.json',
    ]);
    expect(read(previous)['articles/2024/01/gone/index.html']).toBe('gone');
  });
});
