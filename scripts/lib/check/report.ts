import { formatProblem, type ContentProblem } from '../../../src/schemas/problems.ts';

/** GitHub Actions workflow command, so problems show on the pull request's diff. */
export function problemToAnnotation(p: ContentProblem): string {
  const props = [
    `file=${p.file}`,
    p.line === undefined ? '' : `line=${p.line}`,
    p.column === undefined ? '' : `col=${p.column}`,
    `title=${p.field}`,
  ]
    .filter(Boolean)
    .join(',');
  const message = p.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${message}`;
}

/** Sorted by file, then line: the order an editor fixes them in. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

export function summarise(problems: readonly ContentProblem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${files} 个文件，${errors} 个错误，${warnings} 个警告。Checked ${files} files: ${errors} error(s), ${warnings} warning(s).`;
}

export function formatText(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.severity === 'error' ? 'error  ' : 'warning'}  ${formatProblem(p)}`).join('\n');
}
