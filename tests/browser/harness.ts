import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { parseHeadersFile } from '../setup/host-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Turns a `_headers` path pattern (`/pagefind/*`, `/*.xml`) into a RegExp. */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export interface ServeOptions {
  /** Apply the rules of `dist/_headers` to every response, as Netlify and Cloudflare Pages do. */
  hostHeaders?: boolean;
}

/** Serves a built `dist/` on 127.0.0.1 like a static host: `/a/` → `a/index.html`, 404.html for misses. */
export async function serveDist(dist: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const rules = options.hostHeaders
    ? [...parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'))].map(([p, h]) => [patternToRegExp(p), h] as const)
    : [];
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [re, headers] of rules) if (re.test(urlPath)) for (const [k, v] of headers) res.setHeader(k, v);
    const path = decodeURIComponent(urlPath);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    let file = inside === undefined ? undefined : normalize(join(dist, inside));
    if (file && !file.startsWith(normalize(dist))) file = undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file !== undefined && existsSync(file);
    const served = found ? file : join(dist, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served ?? '')] ?? 'application/octet-stream' });
    createReadStream(served ?? '').pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium unless `CHROMIUM_PATH` names another build. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** Collects console warnings and errors and uncaught exceptions: a clean page has none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
