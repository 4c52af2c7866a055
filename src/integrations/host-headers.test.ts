import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inlineScriptHashes, recordToScriptIndex, scriptIndex, scriptIndexToRecord } from './host-headers.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('inlineScriptHashes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-script-hashes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('hashes the UTF-8 of every distinct executable inline script, on any page, and nothing else', () => {
    const theme = "document.documentElement.dataset.size = localStorage.getItem('字号') ?? '中';";
    const search = 'console.log("搜索：养老服务")';
    const page = (body: string) =>
      `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>标题</title></head><body>${body}</body></html>`;
    mkdirSync(join(dir, 'articles/a'), { recursive: true });
    mkdirSync(join(dir, 'search'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page(`<script>${theme}</script><script type="application/ld+json">{"name":"新闻"}</script>`));
    writeFileSync(
      join(dir, 'articles/a/index.html'),
      page(`<p>正文</p><SCRIPT>${theme}</SCRIPT><script src="/a.js"></script><script> </script>`),
    );
    writeFileSync(join(dir, 'search/index.html'), page(`<script type="module">${search}</script>`));
    writeFileSync(join(dir, 'notes.txt'), `<script>${search}x</script>`);
    expect(inlineScriptHashes(dir)).toEqual([sha(theme), sha(search)].sort());
  });
});

describe('scriptIndex', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-script-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('returns the hashes of each page, reads no page it is told of, and drops pages that are gone', () => {
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<script>甲()</script><script>乙()</script>');
    writeFileSync(join(dir, 'a/index.html'), '<p>没有脚本</p>');
    const index = scriptIndex(dir);
    expect(Object.fromEntries(index)).toEqual({ 'index.html': [sha('甲()'), sha('乙()')].sort(), 'a/index.html': [] });
    // A known page is taken as told (here, wrongly, to show it is not read); a known page that is gone is left out.
    const known = new Map([
      ['a/index.html', [sha('丙()')]],
      ['gone/index.html', [sha('丁()')]],
    ]);
    expect(Object.fromEntries(scriptIndex(dir, known))).toEqual({ 'index.html': index.get('index.html'), 'a/index.html': [sha('丙()')] });
  });

  test('survives the record the build state keeps: pages grouped by their hashes', () => {
    const index = new Map([
      ['index.html', ['sha256-a', 'sha256-b']],
      ['x/index.html', ['sha256-a', 'sha256-b']],
      ['y/index.html', []],
    ]);
    expect(scriptIndexToRecord(index)).toEqual({ 'sha256-a sha256-b': ['index.html', 'x/index.html'], '': ['y/index.html'] });
    expect(recordToScriptIndex(scriptIndexToRecord(index))).toEqual(index);
    expect(recordToScriptIndex(undefined).size).toBe(0);
  });
});
