import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 as a CDN would: `/a/` → `a/index.html`,
 * 404.html for misses, gzip for text when the client accepts it. Files are read per
 * request, so the server can start before the site is built into `dir`.
 */
export async function serveStatic(dir: string): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) file = undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== undefined && existsSync(file);
    const served = found && file ? file : join(dir, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    let body = readFileSync(served);
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'public, max-age=600' };
    if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|xml|svg|javascript/.test(type)) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
