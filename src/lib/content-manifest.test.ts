import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  fileDigest,
  isPlainArticlePath,
  MAX_LISTED_CHANGES,
  parseManifest,
  planSync,
  siteDataChanged,
  toManifest,
  waitForManifest,
  type ContentManifest,
  type StoredEntry,
} from './content-manifest.ts';

const idOf = (file: string) => file.replace(/\.mdx?$/u, '');
const storedPath = (file: string) => `content/articles/${file}`;
const manifest = (files: Record<string, string>, site = 's1'): ContentManifest => ({ version: 1, site, files });
const storeOf = (entries: Record<string, StoredEntry>) => ({
  keys: () => Object.keys(entries),
  get: (id: string) => entries[id],
});

describe('planSync', () => {
  const previous = manifest({ '2024/05/a.md': 'aaa', '2024/05/b.md': 'bbb', '2024/05/c.mdx': 'ccc', '2024/05/gone.md': 'ggg' });
  const store = storeOf({
    '2024/05/a': { filePath: 'content/articles/2024/05/a.md' },
    '2024/05/b': { filePath: 'content/articles/2024/05/b.md', assetImports: ['./b.png'] },
    '2024/05/c': { filePath: 'content/articles/2024/05/c.mdx', deferredRender: true },
    '2024/05/gone': { filePath: 'content/articles/2024/05/gone.md' },
  });

  test('hands over the changed and new files, deletes the entries of removed ones, keeps the rest with what glob re-registers', () => {
    const current = manifest({ '2024/05/a.md': 'aaa', '2024/05/b.md': 'BBB', '2024/05/c.mdx': 'ccc', '2024/06/new.md': 'nnn' });
    expect(planSync(current, previous, store, idOf, storedPath)).toEqual({
      changed: ['2024/05/b.md', '2024/06/new.md'],
      removed: ['2024/05/gone'],
      kept: [
        { id: '2024/05/a', entry: { filePath: 'content/articles/2024/05/a.md' } },
        { id: '2024/05/c', entry: { filePath: 'content/articles/2024/05/c.mdx', deferredRender: true } },
      ],
    });
  });

  test('an unchanged file whose stored entry is missing or came from another file is synced again', () => {
    const current = manifest({ '2024/05/a.md': 'aaa', '2024/05/b.md': 'bbb' });
    const partial = storeOf({ '2024/05/b': { filePath: 'content/articles/2024/05/b.mdx' } });
    expect(planSync(current, previous, partial, idOf, storedPath)).toEqual({
      changed: ['2024/05/a.md', '2024/05/b.md'],
      removed: [],
      kept: [],
    });
  });

  test('nothing changed: every entry kept, nothing read', () => {
    const plan = planSync(previous, previous, store, idOf, storedPath);
    expect(plan?.changed).toEqual([]);
    expect(plan?.removed).toEqual([]);
    expect(plan?.kept.map((k) => k.id)).toEqual(['2024/05/a', '2024/05/b', '2024/05/c', '2024/05/gone']);
  });

  test('the whole folder goes to the glob loader without a previous manifest, after a change of site data, past the change limit, for paths it cannot be handed, and for two files of one id', () => {
    expect(planSync(previous, undefined, store, idOf, storedPath)).toBeUndefined();
    expect(planSync(manifest(previous.files, 's2'), previous, store, idOf, storedPath)).toBeUndefined();
    const many = manifest(Object.fromEntries(Array.from({ length: MAX_LISTED_CHANGES + 1 }, (_, i) => [`2024/07/n${i}.md`, 'x'])));
    expect(planSync(many, previous, store, idOf, storedPath)).toBeUndefined();
    expect(planSync(manifest({ ...previous.files, '2024/05/[x].md': 'x' }), previous, store, idOf, storedPath)).toBeUndefined();
    expect(planSync(manifest({ ...previous.files, '2024/05/a.mdx': 'x' }), previous, store, idOf, storedPath)).toBeUndefined();
  });
});

describe('toManifest', () => {
  const digests = new Map([
    ['content/articles/2024/05/a.md', 'aaa'],
    ['content/articles/2024/06/b.mdx', 'bbb'],
  ]);
  const site = {
    root: '/site',
    articlesDir: '/site/content/articles',
    columns: [{ name: '要闻' }],
    sources: [{ name: '新华社', aliases: ['新华网'] }],
  };

  test('names the files from the articles folder, and the site data by its columns and sources', () => {
    const made = toManifest(digests, site);
    expect(made.files).toEqual({ '2024/05/a.md': 'aaa', '2024/06/b.mdx': 'bbb' });
    expect(made.site).toMatch(/^[0-9a-f]{20}$/u);
    expect(toManifest(digests, { ...site, sources: [{ name: '新华社', aliases: [] }] }).site).not.toBe(made.site);
    expect(toManifest(new Map(), site).site).toBe(made.site);
  });
});

describe('siteDataChanged', () => {
  test('only against a previous manifest of other site data', () => {
    expect(siteDataChanged(manifest({}, 's2'), manifest({}, 's1'))).toBe(true);
    expect(siteDataChanged(manifest({}, 's1'), manifest({}, 's1'))).toBe(false);
    expect(siteDataChanged(manifest({}, 's1'), undefined)).toBe(false);
  });
});

describe('isPlainArticlePath', () => {
  test('the paths the glob pattern **/*.{md,mdx} finds, without glob syntax', () => {
    expect(['2024/05/a.md', '2024/05/b-2.mdx', '2024/05/中文.md'].map(isPlainArticlePath)).toEqual([true, true, true]);
    expect(['2024/05/a.MD', '2024/.x/a.md', '.a.md', '2024/05/a(1).md', '2024/05/a*.md', '2024/05/a.txt'].map(isPlainArticlePath)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('fileDigest, parseManifest, waitForManifest', () => {
  test('a digest tells bytes apart and is 20 hex digits', () => {
    const a = fileDigest(new TextEncoder().encode('---\ntitle: 一\n---\n'));
    expect(a).toMatch(/^[0-9a-f]{20}$/u);
    expect(fileDigest(new TextEncoder().encode('---\ntitle: 二\n---\n'))).not.toBe(a);
  });

  test('only a version-1 manifest with site data and files is read', () => {
    expect(parseManifest('{"version":1,"site":"s","files":{"a.md":"1"}}')).toEqual({ version: 1, site: 's', files: { 'a.md': '1' } });
    expect(
      ['{"version":2,"site":"s","files":{}}', '{"version":1,"files":{}}', '{"version":1,"site":"s"}', 'not json', undefined].map(
        parseManifest,
      ),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  test('waits for the file the variable names, and reports one that is not a manifest', async () => {
    expect(await waitForManifest({})).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-manifest-'));
    try {
      const file = join(dir, 'content.json');
      setTimeout(() => writeFileSync(file, JSON.stringify(manifest({ 'a.md': '1' }))), 60);
      expect(await waitForManifest({ ZHUANZAI_CONTENT_MANIFEST: file })).toEqual(manifest({ 'a.md': '1' }));
      writeFileSync(file, '{}');
      await expect(waitForManifest({ ZHUANZAI_CONTENT_MANIFEST: file })).rejects.toThrow(/is not one the build script writes/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
