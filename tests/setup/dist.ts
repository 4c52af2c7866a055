import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Reads a built page by its URL path (`/columns/x/` → `columns/x/index.html`). */
export function readPage(dist: string, urlPath: string): HTMLElement {
  const file = pageFile(dist, urlPath);
  if (!existsSync(file)) throw new Error(`no page for ${urlPath} (looked for ${file})`);
  return parse(readFileSync(file, 'utf8'));
}

export function pageFile(dist: string, urlPath: string): string {
  return urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
}

export function hasPage(dist: string, urlPath: string): boolean {
  return existsSync(pageFile(dist, urlPath));
}

/** Visible text with whitespace folded. */
export function textOf(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every file of a built site by path (relative, leading slash) with its SHA-256. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name);
    hashes.set(path.slice(dir.length), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}
