import { dateToSortKey, instantToArticleDate } from '../../../src/lib/dates.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

export interface ScheduledArticle {
  file: string;
  published: string;
}

/** Articles whose `published` moment is after `now`, soonest first (drafts excluded). */
export function findScheduled(
  articles: readonly { file: string; data: Pick<ArticleData, 'published' | 'draft'> }[],
  now: string,
): ScheduledArticle[] {
  const scheduled: ScheduledArticle[] = [];
  for (const { file, data } of articles) {
    if (data.draft || data.published === undefined) continue;
    if (dateToSortKey(data.published) > dateToSortKey(now)) scheduled.push({ file, published: data.published });
  }
  return scheduled.sort((a, b) => dateToSortKey(a.published).localeCompare(dateToSortKey(b.published)));
}

/** The moment the build publishes at: `ZHUANZAI_NOW` or now in Asia/Shanghai. */
export function publicationNow(env: NodeJS.ProcessEnv = process.env): string {
  return env['ZHUANZAI_NOW'] || instantToArticleDate(new Date());
}
