import type { z } from 'astro/zod';

/** One thing wrong in one file, in the words an editor needs to fix it. */
export interface ContentProblem {
  file: string;
  /** Dotted path of the field, e.g. `originalUrl` or `withdrawn.date`; `-` for the whole file. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
  line?: number;
  column?: number;
}

/** Turns zod issues into problems for `file`; an unknown-key issue names the key as its field. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      return issue.keys.map((key, i) => ({
        file,
        field: base ? `${base}.${key}` : key,
        message: messages[i] ?? issue.message,
        severity: 'error' as const,
      }));
    }
    return [{ file, field: base || '-', message: issue.message, severity: 'error' as const }];
  });
}

/** `path:line:col  field  message`: one line per problem, the format editors' tools jump to. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}  ${p.field}  ${p.message}`;
}
