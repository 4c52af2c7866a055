import { access, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fetchUrl, type FetchLimits } from './fetch-page.ts';
import { writeFileAtomic } from './write-atomic.ts';

const ATTACHMENT = /\.(pdf|docx?|xlsx?|zip|rar|7z|wps|et|ppt|pptx)$/iu;
const IMAGE = /\.(jpe?g|png|gif|webp|bmp|svg|avif)$/iu;

export interface AssetLimits {
  maxFiles: number;
  image: FetchLimits;
  attachment: FetchLimits;
}

export const ASSET_LIMITS: AssetLimits = {
  maxFiles: 40,
  image: { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 },
  attachment: { timeoutMs: 60_000, maxBytes: 30 * 1024 * 1024 },
};

export interface AssetOptions {
  /** Folder images go to, beside the article: `content/articles/2024/05/<slug>/`, so Astro optimises them. */
  dir: string;
  /** How the Markdown refers to that folder: `./<slug>`. */
  href: string;
  /**
   * Folder attachments go to: `public/attachments/2024/05/<slug>/`. Astro publishes only
   * images referenced from Markdown; other files must be in `public/` to be served.
   */
  attachmentDir: string;
  /** How the Markdown refers to the attachment folder: `/attachments/2024/05/<slug>`. */
  attachmentHref: string;
  /** The saved page, to find files saved beside it (`page_files/`, or relative paths). */
  pageFile?: string | undefined;
  /** The page's own URL, to map an absolute image URL back to the relative path it was saved under. */
  baseUrl?: string | null | undefined;
  limits?: AssetLimits;
  /** Write nothing; only plan. */
  dryRun?: boolean;
}

export interface AssetReport {
  saved: { url: string; file: string; bytes: number }[];
  failed: { url: string; reason: string }[];
  attachments: { name: string; type: string; bytes: number; href: string }[];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** A file saved beside the page: the relative path itself, or `<page>_files/<name>` from “save complete page”. */
async function localCopy(url: string, pageFile: string | undefined, baseUrl: string | null | undefined): Promise<string | undefined> {
  if (!pageFile) return undefined;
  const dir = dirname(pageFile);
  const name = (() => {
    try {
      return decodeURIComponent(basename(new URL(url, 'file:///x/').pathname));
    } catch {
      return basename(url);
    }
  })();
  const candidates = /^[a-z]+:/iu.test(url) ? [] : [resolve(dir, decodeURI(url.split(/[?#]/u)[0] ?? ''))];
  if (baseUrl && /^https?:/iu.test(url)) {
    // `https://site/2024/05/images/a.jpg` on page `https://site/2024/05/x.htm` was saved as `images/a.jpg`
    const folder = new URL('.', baseUrl).href;
    if (url.startsWith(folder)) candidates.push(resolve(dir, decodeURI(url.slice(folder.length).split(/[?#]/u)[0] ?? '')));
  }
  const stem = basename(pageFile).replace(/\.[^.]+$/u, '');
  candidates.push(join(dir, `${stem}_files`, name), join(dir, `${stem}.files`, name));
  for (const c of candidates) if (await exists(c)) return c;
  return undefined;
}

function safeName(url: string, index: number, fallbackExt: string): string {
  let name = basename(url.split(/[?#]/u)[0] ?? '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep the raw name
  }
  const ext = extname(name).toLowerCase() || fallbackExt;
  const stem = name
    .slice(0, name.length - extname(name).length)
    .replace(/[^A-Za-z0-9_-]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40);
  return `${String(index).padStart(2, '0')}-${stem || 'file'}${ext}`;
}

/**
 * Copies the article's images and 附件 next to it and points the Markdown at the copies.
 * Government sites block hotlinking, so a reprint must not depend on their servers. A file
 * that cannot be fetched is reported and keeps its remote URL.
 */
export async function localiseAssets(body: Root, options: AssetOptions): Promise<AssetReport> {
  const limits = options.limits ?? ASSET_LIMITS;
  const report: AssetReport = { saved: [], failed: [], attachments: [] };
  const targets: (Image | Link)[] = [];
  const visit = (node: Root | Root['children'][number]) => {
    if (node.type === 'image') targets.push(node);
    else if (node.type === 'link' && ATTACHMENT.test(node.url.split(/[?#]/u)[0] ?? '')) targets.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(body);
  let index = 0;
  const done = new Map<string, string>();
  for (const node of targets) {
    const url = node.url;
    const isImage = node.type === 'image';
    if (url.startsWith('data:')) continue;
    const already = done.get(url);
    if (already) {
      node.url = already;
      continue;
    }
    if (index >= limits.maxFiles) {
      report.failed.push({ url, reason: `more than ${limits.maxFiles} files: left remote` });
      continue;
    }
    try {
      const local = await localCopy(url, options.pageFile, options.baseUrl);
      let bytes: Uint8Array;
      if (local) {
        const info = await stat(local);
        const limit = (isImage ? limits.image : limits.attachment).maxBytes;
        if (info.size > limit) throw new Error(`larger than ${limit} bytes`);
        bytes = await readFile(local);
      } else if (/^https?:\/\//iu.test(url)) {
        bytes = (await fetchUrl(url, isImage ? limits.image : limits.attachment)).bytes;
      } else throw new Error('not found beside the page and not an http(s) address');
      index += 1;
      const file = safeName(url, index, isImage ? '.jpg' : '.bin');
      const dir = isImage ? options.dir : options.attachmentDir;
      if (!options.dryRun) await writeFileAtomic(join(dir, file), bytes, true);
      const href = `${isImage ? options.href : options.attachmentHref}/${file}`;
      node.url = href;
      done.set(url, href);
      report.saved.push({ url, file: join(dir, file), bytes: bytes.byteLength });
      if (!isImage) {
        const ext = extname(file).slice(1).toUpperCase();
        report.attachments.push({ name: toString(node) || basename(file), type: ext, bytes: bytes.byteLength, href });
      }
    } catch (error) {
      report.failed.push({ url, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

export function isImageUrl(url: string): boolean {
  return IMAGE.test(url.split(/[?#]/u)[0] ?? '');
}

/** `12.3 KB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The 附件 list under the article: name, type and size of each attachment. */
export function attachmentsToMarkdown(attachments: AssetReport['attachments']): string {
  if (attachments.length === 0) return '';
  const items = attachments.map((a) => `- [${a.name}](${a.href})（${a.type}，${formatBytes(a.bytes)}）`);
  return `\n## 附件\n\n${items.join('\n')}\n`;
}
