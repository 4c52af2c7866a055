import { dateToSortKey, publicationMoment } from '../../../src/lib/dates.ts';
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

/** The moment the build publishes at: `ZHUANZAI_NOW` or now in Asia/Shanghai (`publicationMoment`). */
export function publicationNow(env: NodeJS.ProcessEnv = process.env): string {
  return publicationMoment(env['ZHUANZAI_NOW']);
}

/**
 * `publicationNow` for a command: a setting in another form is refused before anything is checked
 * or built (the pages would refuse it later), with the message, `after` and exit code 2.
 */
export function publicationNowOrExit(after?: string): string {
  try {
    return publicationNow();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (after) console.error(after);
    process.exit(2);
  }
}
