import type { ArticleData, ArticleSchema } from '../../../../src/schemas/article.ts';
import { issuesToProblems, type ContentProblem } from '../../../../src/schemas/problems.ts';
import { sourceIndex, type Source } from '../../../../src/schemas/sources.ts';
import type { ParsedArticle } from '../frontmatter.ts';

/**
 * Validates frontmatter with the same schema as the build, placing each problem on the
 * line of its key (line 1 for a missing key). A source alias is accepted with a warning
 * naming the canonical form. Returns the parsed data too when the frontmatter is valid.
 */
export function checkFrontmatter(
  file: string,
  article: ParsedArticle,
  schema: ArticleSchema,
  sources: readonly Source[],
): { problems: ContentProblem[]; data?: ArticleData } {
  const result = schema.safeParse(article.data);
  const problems = result.success ? [] : issuesToProblems(file, result.error.issues);
  const written = article.data['source'];
  if (typeof written === 'string') {
    const canonical = sourceIndex(sources).get(written.trim());
    if (canonical && canonical.name !== written.trim()) {
      problems.push({
        file,
        field: 'source',
        severity: 'warning',
        message: `"${written}" 是 ${canonical.name} 的别名。"${written}" is an alias: write \`source: ${canonical.name}\` (the page shows ${canonical.name} either way).`,
      });
    }
  }
  const placed = problems.map((p) => {
    const key = p.field.split('.')[0] ?? '';
    return { ...p, line: article.keyLines.get(key) ?? 1, column: 1 };
  });
  return result.success ? { problems: placed, data: result.data } : { problems: placed };
}
