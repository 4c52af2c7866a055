import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** gzip bytes of the HTML, with its inline CSS and scripts. */
  html: number;
  /** gzip bytes of each external stylesheet and script the page loads, by URL. */
  assets: Record<string, number>;
  total: number;
  /** External scripts in <head> without async, defer or type=module: they block rendering. */
  blockingScripts: string[];
}

/**
 * What one page costs a reader on first visit: HTML, CSS and JS, each gzipped as a CDN
 * would serve it. `readAsset` returns the bytes behind a root-relative URL.
 */
export function htmlToWeight(html: string, readAsset: (url: string) => Buffer): PageWeight {
  const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
  const assets: Record<string, number> = {};
  const urls = [
    ...[...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]),
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]),
  ];
  for (const url of urls) if (url) assets[url] = gz(readAsset(url));
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const blockingScripts = [...head.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => /\bsrc=/.test(m[1] ?? '') && !/\b(async|defer)\b|type="module"/.test(m[1] ?? ''))
    .map((m) => /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? '');
  const htmlBytes = gz(html);
  return { html: htmlBytes, assets, total: htmlBytes + Object.values(assets).reduce((a, b) => a + b, 0), blockingScripts };
}
