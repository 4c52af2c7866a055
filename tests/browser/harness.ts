import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { serveStatic, type Served } from '../../scripts/lib/serve/static-server.ts';
import { parseHeadersFile } from '../setup/host-files.ts';

export type StaticServer = Served;

/** Turns a `_headers` path pattern (`/pagefind/*`, `/*.xml`) into a RegExp. */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export interface ServeOptions {
  /** Apply the rules of `dist/_headers` to every response, as Netlify and Cloudflare Pages do. */
  hostHeaders?: boolean;
}

/** Serves a built `dist/` on 127.0.0.1 like a static host, under `base`. */
export function serveDist(dist: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const rules = options.hostHeaders
    ? [...parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'))].map(([p, h]) => [patternToRegExp(p), h] as const)
    : [];
  return serveStatic(dist, {
    base,
    headers: (path) => {
      const headers: Record<string, string> = {};
      for (const [re, rule] of rules) if (re.test(path)) for (const [k, v] of rule) headers[k] = v;
      return headers;
    },
  });
}

export { launchChromium } from '../../scripts/lib/serve/chromium.ts';

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
