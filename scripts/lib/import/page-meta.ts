import type { Root } from 'hast';
import { hasTag, textOf, walkElements } from './hast-helpers.ts';

/** What the `<head>` of a page says: meta tags by lower-cased name/property, the `<title>`, the canonical link. */
export interface PageMeta {
  meta: Map<string, string>;
  /** `datePublished`, `headline` and `author` from JSON-LD (`<script type="application/ld+json">`). */
  jsonLd: { datePublished?: string; headline?: string; author?: string };
  title: string | undefined;
  canonical: string | undefined;
}

function readJsonLd(text: string, into: PageMeta['jsonLd']): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const items = Array.isArray(data) ? data : [data];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    if (typeof record['datePublished'] === 'string') into.datePublished ??= record['datePublished'];
    if (typeof record['headline'] === 'string') into.headline ??= record['headline'];
    const author = Array.isArray(record['author']) ? record['author'][0] : record['author'];
    const name = typeof author === 'string' ? author : (author as Record<string, unknown> | undefined)?.['name'];
    if (typeof name === 'string') into.author ??= name;
  }
}

export function readPageMeta(tree: Root): PageMeta {
  const meta = new Map<string, string>();
  let title: string | undefined;
  let canonical: string | undefined;
  const jsonLd: PageMeta['jsonLd'] = {};
  walkElements(tree, (el) => {
    if (hasTag(el, 'script')) {
      const type = el.properties['type'];
      const first = el.children[0];
      if (type === 'application/ld+json' && first?.type === 'text') readJsonLd(first.value, jsonLd);
      return false;
    }
    if (hasTag(el, 'meta')) {
      const key = el.properties['name'] ?? el.properties['property'] ?? el.properties['itemProp'];
      const content = el.properties['content'];
      if (typeof key === 'string' && typeof content === 'string' && content.trim() && !meta.has(key.toLowerCase())) {
        meta.set(key.toLowerCase(), content.trim());
      }
    } else if (hasTag(el, 'title')) {
      const text = textOf(el);
      if (!title && text) title = text;
      return false;
    } else if (hasTag(el, 'link')) {
      const rel = el.properties['rel'];
      const href = el.properties['href'];
      if (Array.isArray(rel) && rel.includes('canonical') && typeof href === 'string') canonical ??= href;
    }
    return undefined;
  });
  return { meta, title, canonical, jsonLd };
}

/** The first meta value among `keys` (lower-case names), with any HTML markup removed. */
export function metaValue(meta: PageMeta, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta.meta
      .get(key)
      ?.replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim();
    if (value) return value;
  }
  return undefined;
}
