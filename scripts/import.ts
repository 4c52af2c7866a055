/**
 * npm run import -- <file|folder|glob|url>... [--category 栏目] [--out content/articles] [--url 原文链接]
 *                   [--dry-run] [--json] [--force] [--no-assets]
 * Turns saved pages, text copies or URLs into articles; a folder means every page under it.
 * With --dry-run --json it prints one object per input ({file, title, date, source, author,
 * originalUrl, editor, category, body}) and writes nothing. Exit 0 when every input was
 * imported, 1 when one needs a human or failed, 2 when the arguments name nothing to import.
 */
import { resolve } from 'node:path';
import { commandArgsOrExit } from './lib/command-args.ts';
import { loadSiteData } from './lib/check/content-files.ts';
import { importOne, type ImportResult } from './lib/import/import-one.ts';
import { expandInputs } from './lib/import/inputs.ts';
import { formatResult, importSummary } from './lib/import/report.ts';
import { rollbackTree, snapshotTree } from './lib/import/rollback.ts';

const usage =
  '<file|folder|glob|url>... [--category 栏目] [--out content/articles] [--url 原文链接] [--content dir] [--dry-run] [--json] [--force] [--no-assets]';
const { values, positionals } = commandArgsOrExit({
  usage: `npm run import -- ${usage}`,
  nothingDone: '未导入任何文件。Nothing was imported: correct the command and run it again.',
  allowPositionals: true,
  options: {
    category: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    content: { type: 'string', default: process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'no-assets': { type: 'boolean', default: false },
  },
});

if (positionals.length === 0) {
  console.error(`用法 Usage: npm run import -- ${usage}`);
  console.error('未导入任何文件。Nothing was imported: name the pages to import.');
  process.exit(2);
}
const root = process.cwd();
const expanded = await expandInputs(positionals, root);
if (expanded.problems.length > 0) {
  for (const problem of expanded.problems) console.error(problem);
  console.error('未导入任何文件。Nothing was imported: fix the paths above and run the command again.');
  process.exit(2);
}
const inputs = expanded.inputs;
if (values.url && inputs.length > 1) {
  console.error('--url 只能用于单个文件。--url names the original of one page: import the files one by one.');
  process.exit(2);
}

const contentDir = resolve(values.content);
const siteData = await loadSiteData(contentDir, root);
if (!siteData.ok) {
  for (const p of siteData.problems) console.error(`${p.file}  ${p.field}  ${p.message}`);
  process.exit(1);
}

const outDir = resolve(values.out ?? `${contentDir}/articles`);
// An interrupted batch (Ctrl-C, a CI timeout) leaves content/ and public/ as they were:
// everything this run added is removed before exiting. Single files are also written atomically.
const touched = [outDir, resolve(root, 'public', 'attachments')];
const before = values['dry-run'] ? undefined : snapshotTree(touched);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    const removed = before ? rollbackTree(touched, before) : 0;
    console.error(
      `\n已中断，本次导入已撤销（删除 ${removed} 个新文件）。Interrupted: this import was rolled back; ${removed} new path(s) removed.`,
    );
    process.exit(130);
  });
}

const results: ImportResult[] = [];
for (const [i, input] of inputs.entries()) {
  if (inputs.length > 1 && !values.json) console.error(`[${i + 1}/${inputs.length}] ${input}`);
  const result = await importOne(input, {
    siteData: siteData.data,
    outDir,
    root,
    category: values.category,
    url: values.url,
    dryRun: values['dry-run'],
    force: values.force,
    assets: !values['no-assets'],
  }).catch((error: unknown): ImportResult => ({
    // one broken page must not cost the others their result
    fields: { file: input, title: null, date: null, source: null, author: null, originalUrl: null, editor: null, category: null, body: '' },
    status: 'failed',
    missing: [],
    notes: [`${input}: 导入出错 import failed: ${error instanceof Error ? error.message : String(error)}`],
  }));
  results.push(result);
  if (!values.json) console.error(formatResult(result));
}

if (values.json)
  process.stdout.write(
    `${JSON.stringify(
      results.map((r) => r.fields),
      null,
      2,
    )}\n`,
  );
const failed = results.filter((r) => r.status === 'failed' || r.status === 'needs-review').length;
if (!values.json && inputs.length > 1) console.error(importSummary(results.map((r) => r.status)));
process.exitCode = failed > 0 ? 1 : 0;
