import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type Served } from './serve.ts';

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
