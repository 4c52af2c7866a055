import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dateToSortKey, instantToArticleDate } from '../../../src/lib/dates.ts';
import { findArticleFiles } from '../check/content-files.ts';
import { parseArticle } from '../check/frontmatter.ts';
import { yamlValueToArticleDate } from '../../../src/lib/dates.ts';

export interface ScheduledArticle {
  file: string;
  published: string;
}

/** Articles whose `published` moment is after `now`, soonest first (drafts excluded). */
export async function findScheduled(contentDir: string, root: string, now: string): Promise<ScheduledArticle[]> {
  const files = await findArticleFiles(resolve(contentDir, 'articles'), root);
  const scheduled: ScheduledArticle[] = [];
  for (const file of files) {
    const { article } = parseArticle(file, await readFile(resolve(root, file), 'utf8').catch(() => ''));
    if (!article || article.data['draft'] === true) continue;
    const published = yamlValueToArticleDate(article.data['published']);
    if (published !== undefined && dateToSortKey(published) > dateToSortKey(now)) scheduled.push({ file, published });
  }
  return scheduled.sort((a, b) => dateToSortKey(a.published).localeCompare(dateToSortKey(b.published)));
}

/** The moment the build publishes at: `ZHUANZAI_NOW` or now in Asia/Shanghai. */
export function publicationNow(env: NodeJS.ProcessEnv = process.env): string {
  return env['ZHUANZAI_NOW'] || instantToArticleDate(new Date());
}
