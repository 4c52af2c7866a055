import { formatProblem, type ContentProblem } from '../../../src/schemas/problems.ts';
import type { PathError } from './targets.ts';

/** Workflow-command escaping (actions/toolkit `command.ts`): data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow command, so problems show on the pull request's diff. */
export function problemToAnnotation(p: ContentProblem): string {
  const props = [
    `file=${escapeProperty(p.file)}`,
    p.line === undefined ? '' : `line=${p.line}`,
    p.column === undefined ? '' : `col=${p.column}`,
    `title=${escapeProperty(p.field)}`,
  ]
    .filter(Boolean)
    .join(',');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(p.message)}`;
}

/** A path argument that names no article, as a workflow command without a file (it is the command that is wrong). */
export function pathErrorToAnnotation(e: PathError): string {
  return `::error title=${escapeProperty(e.path)}::${escapeData(e.message)}`;
}

/** Sorted by file, then line: the order an editor fixes them in. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/**
 * The closing line. When the site data could not be read (`siteDataFailed`), no article was
 * checked: the line says so, rather than "checked 0 files".
 */
export function summarise(problems: readonly ContentProblem[], files: number, siteDataFailed = false): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (siteDataFailed)
    return `站点数据有 ${errors} 个错误，文章尚未检查：请先改正上面的错误。The site data has ${errors} error(s), so no article was checked yet: fix those first, then run the check again.`;
  return `${files} 个文件，${errors} 个错误，${warnings} 个警告。Checked ${files} files: ${errors} error(s), ${warnings} warning(s).`;
}

export function formatText(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.severity === 'error' ? 'error  ' : 'warning'}  ${formatProblem(p)}`).join('\n');
}

/** The lines printed when the command's paths cannot be checked; nothing is checked then. */
export function formatPathErrors(errors: readonly PathError[]): string {
  return [
    ...errors.map((e) => `error    ${e.path}  ${e.message}`),
    '未检查任何文件。Nothing was checked: correct the command and run it again.',
  ].join('\n');
}
