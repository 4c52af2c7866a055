import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchUrl } from './fetch-page.ts';

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big') res.writeHead(200).end(Buffer.alloc(2048, 0x61));
    else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end('late'), 1000);
    else if (req.url === '/moved') res.writeHead(302, { location: '/page' }).end();
    else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end('<p>ok</p>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('fetchUrl', () => {
  test('returns the bytes, the content type and the URL after redirects', async () => {
    const page = await fetchUrl(`${origin}/moved`);
    expect([new TextDecoder().decode(page.bytes), page.contentType, page.url]).toEqual([
      '<p>ok</p>',
      'text/html; charset=gbk',
      `${origin}/page`,
    ]);
  });

  test('stops at the size limit', async () => {
    await expect(fetchUrl(`${origin}/big`, { timeoutMs: 5000, maxBytes: 1024 })).rejects.toThrow(`${origin}/big 超过大小限制`);
  });

  test('gives up after the timeout', async () => {
    await expect(fetchUrl(`${origin}/slow`, { timeoutMs: 100, maxBytes: 1024 })).rejects.toThrow(
      `无法下载 ${origin}/slow：no answer within 0.1 s`,
    );
  });

  test('reports an HTTP error with the fix', async () => {
    await expect(fetchUrl(`${origin}/nope`)).rejects.toThrow(
      `下载 ${origin}/nope 失败：HTTP 404. Check the address, or save the page and import the file.`,
    );
  });
});
