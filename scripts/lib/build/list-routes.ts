import { createHash } from 'node:crypto';
import { archiveByMonth, groupByKeys } from '../../../src/lib/groupings.ts';
import { groupedPagePaths, pageToPath } from '../../../src/lib/pagination.ts';
import { tagsToSlugs } from '../../../src/lib/tag-slugs.ts';
import type { SiteData } from '../../../src/schemas/site-data.ts';
import type { Site } from '../../../src/schemas/site.ts';
import type { CheckedArticle } from '../check/index.ts';

/**
 * The list routes of one group each — a column, a source, a tag, an archive month, with every
 * page of their pagination, an archive year, a column's feeds — by site path (`/columns/yaowen/2/`,
 * `/columns/yaowen/rss.xml`), each with a hash of the articles it shows, in order, and of where
 * it sits in its pagination. The groups are computed from the checked content as
 * `src/data/catalog.ts` computes them for the pages, with the same functions; an article is
 * hashed by its `list` key (every frontmatter field and the summary), so a change of anything a
 * list could show of it changes every list page it is on, and a column feed also by its `page`
 * key when feeds carry the whole text. A route whose hash is unchanged writes the same file.
 *
 * The routes of the whole site (home, the indexes of columns, sources, tags and the archive, the
 * site feeds, redirect pages, host files) are not here: they are rendered whenever any list is. A
 * change that reaches the site feeds reaches a column feed too: the 50 newest articles of the site
 * are among the 50 newest of their columns.
 */

/** What the list keys read of an article: its id and the keys of `articleKeys`. */
export interface ListedArticle {
  id: string;
  data: CheckedArticle['data'];
  list: string;
  page: string;
}

export type ListSite = Pick<SiteData, 'columns' | 'sources'> & { site: Pick<Site, 'pageSize' | 'feed'> };

/** Feeds carry the latest 50 articles (`FEED_SIZE` in src/data/feeds.ts). */
const FEED_SIZE = 50;

const hashOf = (head: string, articles: readonly ListedArticle[], key: (a: ListedArticle) => string) => {
  const hash = createHash('sha256').update(head).update('\0');
  for (const a of articles) hash.update(key(a)).update('\0');
  return hash.digest('hex');
};

/** Every page of one paginated list, as `groupedPagePaths` cuts it for the page routes. */
function paginated(
  routes: Map<string, string>,
  kind: string,
  groups: readonly { slug: string; name: string; articles: readonly ListedArticle[] }[],
  pageSize: number,
): void {
  for (const { group, slice } of groupedPagePaths(
    groups,
    (g) => g.slug,
    (g) => g.articles,
    pageSize,
  )) {
    const path = pageToPath(`/${kind}/${group.slug}/`, slice.page);
    routes.set(
      path,
      hashOf(`${kind}\0${group.name}\0${slice.page}\0${slice.total}`, slice.items, (a) => a.list),
    );
  }
}

/**
 * The hash of every list route of one group, by site path. `listed` are the listed articles,
 * newest first (`compareNewestFirst`), as the catalog holds them.
 */
export function listRouteKeys(listed: readonly ListedArticle[], site: ListSite): Map<string, string> {
  const columnSlug = new Map(site.columns.map((c) => [c.name, c.slug]));
  const sourceSlug = new Map(site.sources.map((s) => [s.name, s.slug]));
  const byColumn = new Map<string, ListedArticle[]>(site.columns.map((c) => [c.slug, []]));
  const bySource = new Map<string, ListedArticle[]>(site.sources.map((s) => [s.slug, []]));
  for (const a of listed) {
    byColumn.get(columnSlug.get(a.data.category) ?? '')?.push(a);
    bySource.get(sourceSlug.get(a.data.source) ?? '')?.push(a);
  }
  const byTag = groupByKeys(listed, (a) => a.data.tags);
  const tagSlugs = tagsToSlugs(byTag.keys());
  const { pageSize, feed } = site.site;

  const routes = new Map<string, string>();
  const of = (slug: string, map: Map<string, ListedArticle[]>) => map.get(slug) ?? [];
  paginated(
    routes,
    'columns',
    site.columns.map((c) => ({ slug: c.slug, name: c.name, articles: of(c.slug, byColumn) })),
    pageSize,
  );
  paginated(
    routes,
    'sources',
    site.sources.map((s) => ({ slug: s.slug, name: s.name, articles: of(s.slug, bySource) })),
    pageSize,
  );
  paginated(
    routes,
    'tags',
    [...byTag].map(([name, articles]) => ({ slug: tagSlugs.get(name) ?? '', name, articles })),
    pageSize,
  );
  for (const year of archiveByMonth(listed, (a) => a.data.date)) {
    const months = year.months.map((m) => `${m.month}:${m.items.length}`).join(',');
    routes.set(
      `/archive/${year.year}/`,
      hashOf(`year\0${year.count}\0${months}`, [], () => ''),
    );
    for (const month of year.months)
      paginated(routes, `archive/${year.year}`, [{ slug: month.month, name: '', articles: month.items }], pageSize);
  }
  for (const column of site.columns) {
    const key = hashOf('feed', of(column.slug, byColumn).slice(0, FEED_SIZE), (a) => (feed === 'full' ? `${a.list}\0${a.page}` : a.list));
    routes.set(`/columns/${column.slug}/rss.xml`, key);
    routes.set(`/columns/${column.slug}/atom.xml`, key);
  }
  return routes;
}

/** The file a route path writes in the output folder: `index.html` for a page, the name itself for a feed. */
export function routeToFile(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}
