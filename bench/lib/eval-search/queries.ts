import { readFileSync } from 'node:fs';

export interface EvalQuery {
  query: string;
  /** Article paths without the base, `/articles/2024/05/x/`, best first; empty for a negative query. */
  relevant: string[];
  kind: string;
  line: number;
}

/** `2024/05/x`, `/articles/2024/05/x/` or `articles/2024/05/x` → `/articles/2024/05/x/`. */
export function idToPath(id: string): string {
  const bare = id.replace(/^\/+|\/+$/g, '').replace(/^articles\//, '');
  return `/articles/${bare}/`;
}

/**
 * Reads a queries file: one query per line, `query<TAB>relevant ids<TAB>kind`. Relevant ids are
 * separated by spaces or commas; `-` or nothing marks a negative query. `#` starts a comment line.
 */
export function parseQueries(text: string, file = 'queries.tsv'): EvalQuery[] {
  const out: EvalQuery[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const [query = '', ids = '', kind = ''] = raw.split('\t');
    if (query.trim() === '') throw new Error(`${file}:${i + 1}: the query (first column) is empty; write the query before the first tab.`);
    const relevant =
      ids.trim() === '-'
        ? []
        : ids
            .split(/[\s,，]+/)
            .filter(Boolean)
            .map(idToPath);
    out.push({ query: query.trim(), relevant, kind: kind.trim(), line: i + 1 });
  }
  return out;
}

export function readQueries(file: string): EvalQuery[] {
  return parseQueries(readFileSync(file, 'utf8'), file);
}
