import type { ContentProblem } from '../../../../src/schemas/problems.ts';
import type { ParsedArticle } from '../frontmatter.ts';

/** A live article needs text; a tombstone (withdrawn) may have none. */
export function checkBody(file: string, article: ParsedArticle): ContentProblem[] {
  if (article.body.trim() !== '' || article.data['withdrawn'] !== undefined) return [];
  return [
    {
      file,
      field: 'body',
      severity: 'error',
      line: article.bodyLine,
      column: 1,
      message:
        '正文为空。The article has no text: paste the body below the second `---` line (or mark it `draft: true` until it is ready).',
    },
  ];
}
