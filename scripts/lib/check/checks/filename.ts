import { articlePathToId, explainBadArticleId, textToSlug } from '../../../../src/lib/slugs.ts';
import type { ContentProblem } from '../../../../src/schemas/problems.ts';

/** The file path is the URL: every segment must be an ASCII slug. */
export function checkFileName(file: string, relativeToArticles: string): ContentProblem[] {
  const id = articlePathToId(relativeToArticles);
  const why = explainBadArticleId(id);
  if (!why) return [];
  const suggestion = id
    .split('/')
    .map((s) => textToSlug(s) || 'article')
    .join('/');
  return [
    {
      file,
      field: '-',
      severity: 'error',
      line: 1,
      message: `文件名会成为网址，只能使用小写字母、数字和连字符：${why}. The file name becomes the URL /articles/${id}/: rename the file, e.g. to content/articles/${suggestion}.md (拼音或英文).`,
    },
  ];
}
