import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rollbackTree, snapshotTree } from './rollback.ts';

const REPO = join(import.meta.dirname, '../../..');

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    files[path.slice(dir.length)] = e.isFile() ? readFileSync(path, 'utf8') : '<dir>';
  }
  return files;
}

describe('rollbackTree', () => {
  test('removes exactly the files and folders added since the snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-rb-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'keep.md'), 'keep');
    const before = snapshotTree([dir]);
    mkdirSync(join(dir, 'a', 'new', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'a', 'new', 'deep', 'x.png'), 'x');
    writeFileSync(join(dir, 'a', 'added.md'), 'added');
    writeFileSync(join(dir, 'a', 'added.md.1a2b.tmp'), 'half');
    expect(rollbackTree([dir], before)).toBe(5);
    expect(tree(dir)).toEqual({ '/a': '<dir>', '/a/keep.md': 'keep' });
  });
});

describe('npm run import, interrupted', () => {
  test('a batch stopped with SIGINT leaves content/ exactly as it was', { timeout: 60_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'zhuanzai-interrupt-'));
    mkdirSync(join(root, 'content', 'articles', '2020'), { recursive: true });
    for (const f of ['site.yaml', 'columns.yaml', 'sources.yaml']) cpSync(join(REPO, 'content', f), join(root, 'content', f));
    writeFileSync(join(root, 'content', 'articles', '2020', 'existing.md'), 'an article that was there before\n');
    const before = tree(join(root, 'content'));

    // Each page takes 300 ms, so the batch is interrupted in the middle.
    const server = createServer((req, res) => {
      const n = /(\d+)/.exec(req.url ?? '')?.[1] ?? '0';
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `当前所在:首页 > 廉政舆情 > 正文\n\n示范标题第${n}号——某地推进工作纪实\n\n发布时间:2024-03-12 来源: 新华社 作者:佚名\n\n  正文第一段,第${n}号工作有序推进。\n\n原文链接:https://www.example.gov.cn/a/${n}.html\n`,
        );
      }, 300);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const urls = Array.from({ length: 20 }, (_, i) => `http://127.0.0.1:${port}/page/${i + 1}.txt`);

    const child = spawn(process.execPath, [join(REPO, 'scripts/import.ts'), ...urls], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('[4/20]')) resolve();
      });
    });
    // Three articles have been written by now.
    expect(readdirSync(join(root, 'content', 'articles', '2024', '03'))).toHaveLength(3);
    child.kill('SIGINT');
    const code = await exited;
    server.close();
    expect(code).toBe(130);
    expect(stderr).toContain('Interrupted: this import was rolled back');
    expect(tree(join(root, 'content'))).toEqual(before);
  });
});
