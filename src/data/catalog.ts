import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareDatesDesc, instantToArticleDate } from '../lib/dates.ts';
import { hasPage, isListed, publishedOn } from '../lib/visibility.ts';
import type { Column } from '../schemas/columns.ts';
import type { Site } from '../schemas/site.ts';
import type { Source } from '../schemas/sources.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface Article {
  entry: ArticleEntry;
  id: string;
  /** Site path without the base: `/articles/2024/04/slug/`. */
  path: string;
  column: Column;
  source: Source;
}

export interface Catalog {
  site: Site;
  columns: Column[];
  sources: Source[];
  /** Every article with a page (live or tombstone), newest first. */
  pages: Article[];
  /** Live articles for lists, feeds and search, newest first. */
  listed: Article[];
  byColumn: Map<string, Article[]>;
  /** Withdrawn articles (tombstones), newest takedown first. */
  withdrawn: Article[];
  /** Old paths that redirect to an article's current path. */
  redirects: { from: string; to: string }[];
}

let catalog: Promise<Catalog> | undefined;

/** Loads every collection once per build; pages call this instead of `getCollection`. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

async function loadCatalog(): Promise<Catalog> {
  const siteEntry = await getEntry('site', 'site');
  if (!siteEntry) throw new Error('content/site.yaml produced no site entry');
  const site = siteEntry.data;
  const columns = (await getCollection('columns')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const sources = (await getCollection('sources')).map((e) => e.data);
  const columnByName = new Map(columns.map((c) => [c.name, c]));
  const sourceByName = new Map(sources.map((s) => [s.name, s]));
  const ctx = { now: buildNow(), includeDrafts: import.meta.env.DEV };

  const pages: Article[] = [];
  const listed: Article[] = [];
  for (const entry of await getCollection('articles')) {
    if (!hasPage(entry.data, ctx)) continue;
    const column = columnByName.get(entry.data.category);
    const source = sourceByName.get(entry.data.source);
    // The schema guarantees both; a miss here means the schema and site data disagree.
    if (!column || !source) throw new Error(`${entry.id}: column or source vanished after validation`);
    const article: Article = { entry, id: entry.id, path: `/articles/${entry.id}/`, column, source };
    pages.push(article);
    if (isListed(entry.data, ctx)) listed.push(article);
  }
  const newestFirst = (a: Article, b: Article) =>
    compareDatesDesc(publishedOn(a.entry.data), publishedOn(b.entry.data)) ||
    compareDatesDesc(a.entry.data.date, b.entry.data.date) ||
    a.id.localeCompare(b.id);
  pages.sort(newestFirst);
  listed.sort(newestFirst);
  const byColumn = new Map<string, Article[]>(columns.map((c) => [c.slug, []]));
  for (const a of listed) byColumn.get(a.column.slug)?.push(a);
  const withdrawn = pages
    .filter((a) => a.entry.data.withdrawn !== undefined)
    .sort((a, b) => compareDatesDesc(a.entry.data.withdrawn?.date ?? '', b.entry.data.withdrawn?.date ?? ''));
  const redirects = pages.flatMap((a) => a.entry.data.redirectFrom.map((from) => ({ from, to: a.path })));
  return { site, columns, sources, pages, listed, byColumn, withdrawn, redirects };
}

/**
 * The moment publication is judged at: now in Asia/Shanghai, or `ZHUANZAI_NOW`
 * (`YYYY-MM-DD HH:mm`) to rebuild the site as it was or will be at another time.
 */
function buildNow(): string {
  const fixed = process.env['ZHUANZAI_NOW'];
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(fixed))
      throw new Error(`ZHUANZAI_NOW must be YYYY-MM-DD or YYYY-MM-DD HH:mm, got "${fixed}"`);
    return fixed;
  }
  return instantToArticleDate(new Date());
}
