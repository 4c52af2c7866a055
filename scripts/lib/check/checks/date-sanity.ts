import { dateToSortKey, type ArticleDate } from '../../../../src/lib/dates.ts';
import type { ContentProblem } from '../../../../src/schemas/problems.ts';

export interface DatedArticle {
  file: string;
  date: ArticleDate;
  published?: ArticleDate | undefined;
  dateLine: number;
  publishedLine: number;
}

/**
 * An original `date` in the future is a typo unless the article is scheduled with a future
 * `published`; an original date later than this site's `published` is impossible.
 */
export function checkDates(a: DatedArticle, now: ArticleDate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const future = dateToSortKey(a.date) > dateToSortKey(now);
  if (future && a.published === undefined) {
    problems.push({
      file: a.file,
      field: 'date',
      severity: 'error',
      line: a.dateLine,
      column: 1,
      message: `发布时间 ${a.date} 晚于现在（${now}）。The original date is in the future: correct it, or schedule the article with a future \`published:\` date and keep \`date\` as the original's.`,
    });
  }
  if (a.published !== undefined && dateToSortKey(a.date) > dateToSortKey(a.published)) {
    problems.push({
      file: a.file,
      field: 'published',
      severity: 'error',
      line: a.publishedLine,
      column: 1,
      message: `本站发布时间 ${a.published} 早于原文发布时间 ${a.date}。This site cannot publish before the original: set \`published\` on or after ${a.date}, or correct \`date\`.`,
    });
  }
  return problems;
}
