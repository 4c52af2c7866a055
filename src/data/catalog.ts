import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareDatesDesc, publicationMoment } from '../lib/dates.ts';
import { archiveByMonth, groupByKeys, listsToNeighbours, type ArchiveYear, type Neighbours } from '../lib/groupings.ts';
import { partialArticleIds } from '../lib/partial-build.ts';
import { relatedArticles } from '../lib/related.ts';
import { tagsToSlugs } from '../lib/tag-slugs.ts';
import { compareNewestFirst, hasPage, isListed } from '../lib/visibility.ts';
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
  /** Listed articles per source slug; every source of the register has an entry. */
  bySource: Map<string, Article[]>;
  /** Tags in use, most used first, each with its ASCII slug and listed articles. */
  tags: Tag[];
  /** Listed articles by year and month of `date`, newest first. */
  archive: ArchiveYear<Article>[];
  /** 上一篇 / 下一篇 within the column, by article id. */
  neighbours: Map<string, Neighbours<Article>>;
  /** 相关文章 by article id, computed once for the whole build. */
  related: Map<string, Article[]>;
  /** Tag name → slug. */
  tagSlugs: Map<string, string>;
}

export interface Tag {
  name: string;
  slug: string;
  articles: Article[];
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
  const ctx = { now: buildNow(), includeDrafts: import.meta.env.ZHUANZAI_COMMAND === 'dev' };

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
  const newestFirst = (a: Article, b: Article) => compareNewestFirst({ id: a.id, data: a.entry.data }, { id: b.id, data: b.entry.data });
  pages.sort(newestFirst);
  listed.sort(newestFirst);
  const byColumn = new Map<string, Article[]>(columns.map((c) => [c.slug, []]));
  for (const a of listed) byColumn.get(a.column.slug)?.push(a);
  const withdrawn = pages
    .filter((a) => a.entry.data.withdrawn !== undefined)
    .sort((a, b) => compareDatesDesc(a.entry.data.withdrawn?.date ?? '', b.entry.data.withdrawn?.date ?? ''));
  const redirects = pages.flatMap((a) => a.entry.data.redirectFrom.map((from) => ({ from, to: a.path })));
  return { site, columns, sources, pages, listed, byColumn, withdrawn, redirects, ...groupListed(listed, sources, byColumn) };
}

/** The moment publication is judged at (`publicationMoment`: `ZHUANZAI_NOW` or now). */
function buildNow(): string {
  return publicationMoment(process.env['ZHUANZAI_NOW']);
}

/** The groupings behind source, tag and archive pages, related articles and 上一篇/下一篇: one pass each. */
function groupListed(listed: Article[], sources: Source[], byColumn: Map<string, Article[]>) {
  const bySource = new Map<string, Article[]>(sources.map((s) => [s.slug, []]));
  for (const a of listed) bySource.get(a.source.slug)?.push(a);
  const byTagName = groupByKeys(listed, (a) => a.entry.data.tags);
  const tagSlugs = tagsToSlugs(byTagName.keys());
  const tags: Tag[] = [...byTagName]
    .map(([name, articles]) => ({ name, slug: tagSlugs.get(name) ?? '', articles }))
    .sort((a, b) => b.articles.length - a.articles.length || a.slug.localeCompare(b.slug));
  const archive = archiveByMonth(listed, (a) => a.entry.data.date);
  const neighbours = listsToNeighbours(byColumn.values(), (a) => a.id);
  const byId = new Map(listed.map((a) => [a.id, a]));
  const relatedIds = relatedArticles(
    listed.map((a) => ({ id: a.id, title: a.entry.data.title, tags: a.entry.data.tags, column: a.column.slug, source: a.source.slug })),
    { only: partialArticleIds() },
  );
  const related = new Map<string, Article[]>();
  for (const [id, ids] of relatedIds)
    related.set(
      id,
      ids.flatMap((r) => byId.get(r) ?? []),
    );
  return { bySource, tags, tagSlugs, archive, neighbours, related };
}
