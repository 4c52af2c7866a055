import { compareDatesDesc, dateToSortKey, type ArticleDate } from './dates.ts';

export interface VisibilityFields {
  date: ArticleDate;
  published?: ArticleDate | undefined;
  draft: boolean;
  withdrawn?: unknown;
}

export interface VisibilityContext {
  /** Now, as an article date in Asia/Shanghai. */
  now: ArticleDate;
  /** `npm run dev` shows drafts; production builds never do. */
  includeDrafts: boolean;
}

/** This site's publish date: `published`, else the original `date`. */
export function publishedOn(a: Pick<VisibilityFields, 'date' | 'published'>): ArticleDate {
  return a.published ?? a.date;
}

/** Scheduled for later: its `published` moment has not come yet. */
export function isScheduled(a: VisibilityFields, now: ArticleDate): boolean {
  return dateToSortKey(publishedOn(a)) > dateToSortKey(now);
}

/** Has a page at all (a live article or a tombstone). */
export function hasPage(a: VisibilityFields, ctx: VisibilityContext): boolean {
  if (a.draft && !ctx.includeDrafts) return false;
  return !isScheduled(a, ctx.now);
}

/** Appears in lists, feeds, the sitemap and search: has a page and is not withdrawn. */
export function isListed(a: VisibilityFields, ctx: VisibilityContext): boolean {
  return hasPage(a, ctx) && a.withdrawn === undefined;
}

/**
 * The order of every list, feed and 上一篇/下一篇: newest publish date first, then newest
 * original date, then by id. The build's incremental planner sorts the same way.
 */
export function compareNewestFirst(
  a: { id: string; data: Pick<VisibilityFields, 'date' | 'published'> },
  b: { id: string; data: Pick<VisibilityFields, 'date' | 'published'> },
): number {
  return (
    compareDatesDesc(publishedOn(a.data), publishedOn(b.data)) || compareDatesDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id)
  );
}
