import { createHash } from 'node:crypto';
import { groupByKeys, listsToNeighbours } from '../../../src/lib/groupings.ts';
import { relatedArticles } from '../../../src/lib/related.ts';
import { tagsToSlugs } from '../../../src/lib/tag-slugs.ts';
import { compareNewestFirst, hasPage, isListed } from '../../../src/lib/visibility.ts';
import type { SiteData } from '../../../src/schemas/site-data.ts';
import type { CheckedArticle } from '../check/index.ts';

/**
 * What other pages an article's change reaches. An article page shows, besides its own text and
 * the site data, a little of other articles: 上一篇/下一篇 in its column, 相关文章, and the slugs of
 * its tags (which depend on every tag in use). These are computed here from the checked content
 * exactly as `src/data/catalog.ts` computes them for the pages, so that the incremental planner can
 * tell which article pages a new, removed or retitled article changes.
 */

/** 0: no page (a draft, or scheduled for later); 1: a page in no list (a tombstone); 2: a page and the lists. */
export type Shown = 0 | 1 | 2;

export function shownAt(article: Pick<CheckedArticle, 'data'>, now: string): Shown {
  const ctx = { now, includeDrafts: false };
  return isListed(article.data, ctx) ? 2 : hasPage(article.data, ctx) ? 1 : 0;
}

/**
 * For every article with a page, a hash of what its page shows of other articles: the id (the
 * link), title and date of its 上一篇, 下一篇 and 相关文章 (`PrevNext.astro`, `ArticleList.astro`),
 * and the slugs of its tags. An article whose own key and context are unchanged has the same page
 * as before; a summary edit elsewhere does not reach it.
 */
export function pageContexts(
  articles: readonly CheckedArticle[],
  site: Pick<SiteData, 'columns' | 'sources'>,
  now: string,
): Map<string, string> {
  const columnSlug = new Map(site.columns.map((c) => [c.name, c.slug]));
  const sourceSlug = new Map(site.sources.map((s) => [s.name, s.slug]));
  const listed = articles.filter((a) => shownAt(a, now) === 2).sort(compareNewestFirst);
  const byColumn = new Map<string, CheckedArticle[]>(site.columns.map((c) => [c.slug, []]));
  for (const a of listed) byColumn.get(columnSlug.get(a.data.category) ?? '')?.push(a);
  const neighbours = listsToNeighbours(byColumn.values(), (a) => a.id);
  const related = relatedArticles(
    listed.map((a) => ({
      id: a.id,
      title: a.data.title,
      tags: a.data.tags,
      column: columnSlug.get(a.data.category) ?? '',
      source: sourceSlug.get(a.data.source) ?? '',
    })),
  );
  const tagSlugs = tagsToSlugs(groupByKeys(listed, (a) => a.data.tags).keys());

  const contexts = new Map<string, string>();
  const byId = new Map(listed.map((a) => [a.id, a]));
  const show = (hash: ReturnType<typeof createHash>, id: string | undefined) => {
    const shown = id === undefined ? undefined : byId.get(id);
    hash.update(`${id ?? ''}\0${shown?.data.title ?? ''}\0${shown?.data.date ?? ''}\0`);
  };
  for (const a of articles) {
    if (shownAt(a, now) === 0) continue;
    const hash = createHash('sha256');
    const around = neighbours.get(a.id);
    show(hash, around?.prev?.id);
    show(hash, around?.next?.id);
    for (const id of related.get(a.id) ?? []) show(hash.update('related\0'), id);
    for (const tag of a.data.tags) hash.update(`tag\0${tag}\0${tagSlugs.get(tag) ?? ''}\0`);
    contexts.set(a.id, hash.digest('hex'));
  }
  return contexts;
}
