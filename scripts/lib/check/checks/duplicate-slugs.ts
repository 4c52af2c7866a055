import type { ContentProblem } from '../../../../src/schemas/problems.ts';

/**
 * Two files that make one URL (`x.md` and `x.mdx` in one folder) are an error; the same
 * slug in two months is a warning, because links and search results then look alike.
 * `ids` are article ids (`2024/04/x`) keyed by file, in file order.
 */
export function findDuplicateSlugs(ids: readonly { file: string; id: string }[]): ContentProblem[] {
  const byId = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { file, id } of ids) {
    const report = (severity: ContentProblem['severity'], message: string) =>
      problems.push({ file, field: '-', severity, line: 1, column: 1, message });
    const sameUrl = byId.get(id);
    if (sameUrl) {
      report(
        'error',
        `与 ${sameUrl} 的网址相同（/articles/${id}/）。Both files make the URL /articles/${id}/: rename or delete one of them.`,
      );
      continue;
    }
    byId.set(id, file);
    const slug = id.split('/').pop() ?? id;
    const sameSlug = bySlug.get(slug);
    if (sameSlug) {
      report(
        'warning',
        `文件名 ${slug} 已被 ${sameSlug} 使用。The slug "${slug}" is also used by ${sameSlug}: the URLs differ by month only; give this file a more specific name.`,
      );
    } else bySlug.set(slug, file);
  }
  return problems;
}
