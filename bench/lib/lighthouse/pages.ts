/**
 * The pages Lighthouse audits, picked from the files of a built site: the first article,
 * the first column and the search page. `undefined` where the site has no such page.
 */
export function filesToAuditPages(files: readonly string[]): { article?: string; column?: string; search?: string } {
  const paths = files
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
  const article = paths.find((p) => /^\/articles\/.+\/$/.test(p));
  const column = paths.find((p) => /^\/columns\/[^/]+\/$/.test(p));
  const search = paths.find((p) => p === '/search/');
  return { ...(article ? { article } : {}), ...(column ? { column } : {}), ...(search ? { search } : {}) };
}

export interface ScoreRow {
  page: string;
  url: string;
  scores: Record<string, number | null>;
}

/** A plain-text table: one row per page, one column per category, scores as 0-100. */
export function scoresToTable(rows: readonly ScoreRow[], categories: readonly string[]): string {
  const head = ['page', ...categories, 'url'];
  const body = rows.map((r) => [
    r.page,
    ...categories.map((c) => {
      const s = r.scores[c];
      return s === null || s === undefined ? '-' : String(Math.round(s * 100));
    }),
    r.url,
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => (row[i] ?? '').length)));
  return [head, ...body]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
