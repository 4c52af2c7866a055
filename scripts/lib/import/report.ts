import type { ImportResult } from './import-one.ts';

const STATUS: Readonly<Record<ImportResult['status'], string>> = {
  imported: '已导入 imported',
  'needs-review': '已写入，需人工核对 written, needs a human',
  failed: '失败 failed',
  'dry-run': '预览 dry run',
};

/** What was found in one input, and what needs a human, for the terminal. */
export function formatResult(result: ImportResult): string {
  const f = result.fields;
  const show = (label: string, value: string | null) => `  ${label.padEnd(12)}${value ?? '—（未找到 not found）'}`;
  const lines = [
    `${f.file} → ${result.target ?? '(no file)'}  [${STATUS[result.status]}]`,
    show('title', f.title),
    show('date', f.date),
    show('source', f.source),
    show('author', f.author),
    show('originalUrl', f.originalUrl),
    show('category', f.category),
    show('editor', f.editor),
    `  body        ${f.body.length} chars`,
  ];
  if (result.missing.length > 0) lines.push(`  缺少 missing: ${result.missing.join(', ')}`);
  for (const note of result.notes) lines.push(`  ! ${note}`);
  return lines.join('\n');
}

/**
 * The last line of an import of several pages: how many were written cleanly, written but need a
 * human, failed, or only previewed. An article that needs a human is written (and listed as such
 * above), so it is not counted as not imported.
 */
export function importSummary(statuses: readonly ImportResult['status'][]): string {
  const n = (s: ImportResult['status']) => statuses.filter((x) => x === s).length;
  const [clean, review, failed, dry] = [n('imported'), n('needs-review'), n('failed'), n('dry-run')];
  if (dry > 0)
    return `共 ${statuses.length} 个页面：预览 ${dry} 个，未写入；失败 ${failed} 个。${statuses.length} page(s): ${dry} previewed, nothing written; ${failed} failed.`;
  return `共 ${statuses.length} 个页面：已写入 ${clean + review} 个（其中 ${review} 个需人工核对），失败 ${failed} 个。${statuses.length} page(s): ${clean + review} written (${review} of them need a human: see the notes above), ${failed} failed.`;
}
