import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /text|json|xml|svg|javascript/;

export interface StaticServerOptions {
  /** The deploy base the site was built for (`/` or `/news/`); paths outside it are 404. */
  base?: string;
  /** Extra response headers for a request path (e.g. the rules of `_headers`). */
  headers?: (path: string) => Record<string, string>;
  /** Cache-Control of every file; a CDN's long caching by default. */
  cacheControl?: string;
  /** Pages served from memory, by exact path, before the folder is looked at. */
  routes?: Readonly<Record<string, { type: string; body: string }>>;
  /** Called with each response's path, the bytes sent on the wire and the status. */
  onResponse?: (path: string, bytes: number, status: number) => void;
}

export interface Served {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The origin plus the base: the site's home page. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 as a static host or CDN would: `/a/` →
 * `a/index.html`, 404.html with status 404 for misses, gzip for text when the client accepts
 * it. Files are read per request, so the server can start before the site is built into `dir`.
 * Used by the browser tests, `npm run lighthouse`, `npm run eval:search` and `npm run bench`.
 */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<Served> {
  const base = options.base ?? '/';
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const path = decodeURIComponent(urlPath);
    const send = (status: number, type: string, raw: Buffer) => {
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': options.cacheControl ?? 'public, max-age=600',
        ...Object.fromEntries(Object.entries(options.headers?.(urlPath) ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      };
      let body = raw;
      if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && COMPRESSIBLE.test(type)) {
        body = gzipSync(raw);
        headers['content-encoding'] = 'gzip';
      }
      options.onResponse?.(path, body.length, status);
      res.writeHead(status, headers);
      res.end(body);
    };
    const route = options.routes?.[path];
    if (route) return send(200, route.type, Buffer.from(route.body));
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    let file = inside === undefined ? undefined : normalize(join(root, inside));
    if (file && !file.startsWith(root)) file = undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== undefined && existsSync(file);
    const served = found && file ? file : join(root, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    send(found ? 200 : 404, type, existsSync(served) ? readFileSync(served) : Buffer.from('Not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: `${origin}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
