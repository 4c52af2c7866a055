import { dateToSortKey, instantToArticleDate, NOW_SETTING } from '../../../src/lib/dates.ts';
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

/**
 * The moment the build publishes at: `ZHUANZAI_NOW` or now in Asia/Shanghai. A setting in another
 * form is refused here, before anything is checked or built (the pages would refuse it later).
 */
export function publicationNow(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env['ZHUANZAI_NOW'];
  if (fixed === undefined || fixed === '') return instantToArticleDate(new Date());
  if (!NOW_SETTING.test(fixed))
    throw new Error(
      `ZHUANZAI_NOW 应写作 2024-06-01 或 2024-06-01 12:00（北京时间）。ZHUANZAI_NOW must be YYYY-MM-DD or YYYY-MM-DD HH:mm (Beijing time), got "${fixed}": fix it or unset it.`,
    );
  return fixed;
}
