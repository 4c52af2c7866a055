import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type Served } from './static-server.ts';

let server: Served;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-serve-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a/index.html'), '<p>页面 a</p>');
  writeFileSync(join(dir, '404.html'), '<p>页面不存在</p>');
  server = await serveStatic(dir);
});

afterAll(() => server.close());

describe('serveStatic', () => {
  test('returns a/index.html for /a/, gzipped, with a content type', async () => {
    const res = await fetch(`${server.origin}/a/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe('<p>页面 a</p>');
  });

  test('returns 404.html with status 404 for a missing page', async () => {
    const res = await fetch(`${server.origin}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<p>页面不存在</p>');
  });

  test('refuses a raw path that climbs out of the folder', async () => {
    // fetch() and URL strings would normalise the dots away; a request path option is sent as written.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const { hostname, port } = new URL(server.origin);
      get({ hostname, port, path: '/../../../../etc/hostname' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(404);
  });
});

describe('serveStatic options', () => {
  test('serves under a base, adds headers, answers routes from memory and reports each response', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-serve-base-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a/index.html'), '<p>a</p>');
    writeFileSync(join(dir, '404.html'), '<p>404</p>');
    const seen: string[] = [];
    const served = await serveStatic(dir, {
      base: '/news/',
      headers: (path) => (path.startsWith('/news/a/') ? { 'X-Test': 'yes' } : {}),
      routes: { '/__page__/': { type: 'text/plain; charset=utf-8', body: '内存页面' } },
      onResponse: (path, bytes, status) => seen.push(`${status} ${path} ${bytes > 0}`),
    });
    try {
      expect(served.url).toBe(`${served.origin}/news/`);
      const a = await fetch(`${served.url}a/`);
      expect([a.status, a.headers.get('x-test'), await a.text()]).toEqual([200, 'yes', '<p>a</p>']);
      const outside = await fetch(`${served.origin}/a/`);
      expect(outside.status).toBe(404);
      await expect((await fetch(`${served.origin}/__page__/`)).text()).resolves.toBe('内存页面');
      expect(seen).toEqual(['200 /news/a/ true', '404 /a/ true', '200 /__page__/ true']);
    } finally {
      await served.close();
    }
  });
});
