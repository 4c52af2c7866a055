import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { inlineScriptHashes } from './host-headers.ts';

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
