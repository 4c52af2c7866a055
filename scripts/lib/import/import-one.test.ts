import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { SiteData } from '../../../src/schemas/site-data.ts';
import { loadSiteData } from '../check/content-files.ts';
import { USER_AGENT } from './fetch-page.ts';
import { importOne, type ImportOptions } from './import-one.ts';

const REPO = join(import.meta.dirname, '../../..');
const FIXTURES = join(REPO, 'tests/fixtures/import');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PDF = Buffer.from('%PDF-1.4\n% fictional attachment\n%%EOF\n');

let siteData: SiteData;
let server: Server;
let origin: string;
let out: string;
const userAgents = new Set<string>();

beforeAll(async () => {
  const loaded = await loadSiteData(join(REPO, 'content'), REPO);
  if (!loaded.ok) throw new Error('content/ site data is invalid');
  siteData = {
    ...loaded.data,
    sources: [
      ...loaded.data.sources,
      { name: '青禾市纪委监委', slug: 'qinghe-jiwei', aliases: [], kind: '党委部门' },
      { name: '示例日报', slug: 'shili-ribao', aliases: ['示例网'], kind: '地方媒体' },
    ],
  };
  const page = await readFile(join(FIXTURES, 'news-dateline-page.html'));
  server = createServer((req, res) => {
    userAgents.add(req.headers['user-agent'] ?? '');
    const routes: Record<string, [string, Buffer]> = {
      '/2024-06/21/content_1234567.htm': ['text/html; charset=utf-8', page],
      '/2024-06/21/images/ship.jpg': ['image/png', PNG],
      '/2024-06/21/files/report.pdf': ['application/pdf', PDF],
    };
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'zhuanzai-import-'));
  return () => rm(out, { recursive: true, force: true });
});

const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  siteData,
  outDir: out,
  root: out,
  dryRun: false,
  force: false,
  assets: true,
  ...extra,
});

describe('importOne', () => {
  test('writes a text copy exactly as the hand-made article', async () => {
    const result = await importOne(join(FIXTURES, 'text-copy.txt'), options());
    expect(result).toMatchObject({ status: 'imported', target: '2024/03/zhong-xia-qing-feng-shu-jie.md', missing: [] });
    const written = await readFile(join(out, '2024/03/zhong-xia-qing-feng-shu-jie.md'), 'utf8');
    expect(written).toBe(await readFile(join(FIXTURES, 'text-copy.expected.md'), 'utf8'));
  });

  test('refuses to overwrite without force, and overwrites with it', async () => {
    await importOne(join(FIXTURES, 'text-copy.txt'), options());
    const again = await importOne(join(FIXTURES, 'text-copy.txt'), options());
    expect(again.status).toBe('failed');
    expect(again.notes[0]).toBe(
      '2024/03/zhong-xia-qing-feng-shu-jie.md 已存在。The file exists: pass --force to overwrite it, or rename the existing article.',
    );
    expect((await importOne(join(FIXTURES, 'text-copy.txt'), options({ force: true }))).status).toBe('imported');
    expect((await readdir(join(out, '2024/03'))).sort()).toEqual(['zhong-xia-qing-feng-shu-jie.md']);
  });

  test('names a different article with the same title start slug-2 instead of failing', async () => {
    await importOne(join(FIXTURES, 'text-copy.txt'), options());
    const other = join(out, 'other.txt');
    await writeFile(other, (await readFile(join(FIXTURES, 'text-copy.txt'), 'utf8')).replace('article_1001', 'article_1002'));
    const result = await importOne(other, options());
    expect([result.status, result.target]).toEqual(['imported', '2024/03/zhong-xia-qing-feng-shu-jie-2.md']);
  });

  test('fetches a URL from a local server and copies its image and attachment beside the article', async () => {
    const result = await importOne(`${origin}/2024-06/21/content_1234567.htm`, options({ category: '时政要闻' }));
    expect(result.status).toBe('imported');
    const folder = join(out, '2024/06');
    const slug = 'yuan-yang-ke-kao-chuan-wan';
    expect(await readdir(join(folder, slug))).toEqual(['01-ship.jpg']);
    expect(await readFile(join(folder, slug, '01-ship.jpg'))).toEqual(PNG);
    expect(await readFile(join(out, 'public/attachments/2024/06', slug, '02-report.pdf'))).toEqual(PDF);
    const text = await readFile(join(folder, `${slug}.md`), 'utf8');
    expect(text).toContain(`![6月18日，“深蓝一号”科考船驶离母港。示例通讯社供图](./${slug}/01-ship.jpg)`);
    expect(text).toContain(`[科考任务说明.pdf](/attachments/2024/06/${slug}/02-report.pdf)`);
    expect(text.endsWith(`## 附件\n\n- [科考任务说明.pdf](/attachments/2024/06/${slug}/02-report.pdf)（PDF，${PDF.byteLength} B）\n`)).toBe(
      true,
    );
    expect(text).toContain('source: 示例日报\n');
    expect([...userAgents]).toEqual([USER_AGENT]);
  });

  test('uses the files saved beside a saved page instead of fetching them', async () => {
    const page = join(out, 'saved');
    await mkdir(join(page, 'images'), { recursive: true });
    await mkdir(join(page, 'files'), { recursive: true });
    await copyFile(join(FIXTURES, 'news-dateline-page.html'), join(page, 'page.html'));
    await writeFile(join(page, 'images/ship.jpg'), PNG);
    await writeFile(join(page, 'files/report.pdf'), PDF);
    const result = await importOne(join(page, 'page.html'), options({ category: '时政要闻' }));
    expect(result.notes.filter((n) => n.startsWith('asset:'))).toEqual([]);
    expect(await readFile(join(out, '2024/06/yuan-yang-ke-kao-chuan-wan/01-ship.jpg'))).toEqual(PNG);
    expect(await readFile(join(out, 'public/attachments/2024/06/yuan-yang-ke-kao-chuan-wan/02-report.pdf'))).toEqual(PDF);
  });

  test('keeps remote URLs with --no-assets and reports a failed download', async () => {
    const kept = await importOne(`${origin}/2024-06/21/content_1234567.htm`, options({ assets: false }));
    expect(kept.fields.body).toContain(`](${origin}/2024-06/21/images/ship.jpg)`);
    const broken = join(out, 'broken.html');
    await (
      await import('node:fs/promises')
    ).writeFile(
      broken,
      (await readFile(join(FIXTURES, 'news-dateline-page.html'), 'utf8')).replace('images/ship.jpg', `${origin}/missing.jpg`),
    );
    const result = await importOne(broken, options({ force: true, url: `${origin}/2024-06/21/content_1234567.htm` }));
    expect(result.notes).toContain(
      `asset: 未能下载 ${origin}/missing.jpg（下载 ${origin}/missing.jpg 失败：HTTP 404. Check the address, or save the page and import the file.），保留原链接。The file was not copied: the Markdown keeps the remote URL.`,
    );
  });

  test('lists what needs a human and writes nothing in a dry run', async () => {
    const result = await importOne(join(FIXTURES, 'trs-gov-page.html'), options({ dryRun: true }));
    expect(result.status).toBe('dry-run');
    expect(result.missing).toEqual(['originalUrl', 'category', 'author']);
    expect(result.notes.find((n) => n.startsWith('source:'))).toContain('未知来源 "青禾日报"');
    expect(await readdir(out)).toEqual([]);
  });
});

describe('importOne with interface words for 来源 and 作者', () => {
  test('reports the source and the author as not found instead of accepting 举报 or 收藏', async () => {
    const result = await importOne(join(FIXTURES, 'interface-only-page.html'), options({ dryRun: true, category: '地方动态' }));
    expect([result.fields.source, result.fields.author, result.missing]).toEqual([null, null, ['source', 'originalUrl', 'author']]);
    expect(result.notes.filter((n) => /^(?:source|author):/u.test(n))).toEqual([
      'source: 未找到来源。No `source` found: add it to the frontmatter by hand.',
      'author: 未找到作者，将显示“佚名”。No author found: the page will show 佚名; add `author:` if the original names one.',
    ]);
  });
});

describe('npm run import --dry-run --json', { timeout: 60_000 }, () => {
  test('prints one contract object per input and writes nothing', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/import.ts', '--dry-run', '--json', join(FIXTURES, 'gb2312-page.html'), join(FIXTURES, 'text-copy.txt'), '--out', out],
      { cwd: REPO },
    );
    const parsed = JSON.parse(stdout) as Record<string, unknown>[];
    expect(parsed.map((p) => Object.keys(p))).toEqual(
      Array(2).fill(['file', 'title', 'date', 'source', 'author', 'originalUrl', 'editor', 'category', 'body']),
    );
    expect(parsed[1]).toMatchObject({
      title: '种下“清风树” 结出“廉洁果”——青禾市推进清廉机关建设纪实',
      date: '2024-03-12',
      editor: null,
      category: '廉政舆情',
    });
    expect(await readdir(out)).toEqual([]);
  });
});
