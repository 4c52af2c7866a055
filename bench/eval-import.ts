/**
 * npm run eval:import -- <folder with INDEX.tsv> [--with-url] [--verbose] [--seed <text copy> --expect <article.md>]
 * Imports every page of an evaluation set (dry run) and reports per-field accuracy: title,
 * date, source, author, editor, first sentence, and bodies free of page furniture.
 * With --with-url, each page gets its INDEX.tsv `original_url` as `--url`, as an editor
 * importing a saved page would give it; without, the page alone is read.
 * With --seed, also checks that a text copy imports byte for byte to an existing article.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import { loadSiteData } from '../scripts/lib/check/content-files.ts';
import { EVAL_FIELDS, firstSentence, parseIndexTsv, scorePage, type EvalField } from './lib/eval-import/evaluate.ts';
import { importOne } from '../scripts/lib/import/import-one.ts';

const { values, positionals } = commandArgsOrExit({
  usage: 'npm run eval:import -- <folder with INDEX.tsv> [--with-url] [--verbose] [--seed <text copy> --expect <article.md>]',
  nothingDone: 'Nothing was run.',
  allowPositionals: true,
  options: {
    seed: { type: 'string' },
    expect: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'with-url': { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const site = await loadSiteData(resolve('content'), root);
if (!site.ok) throw new Error('content/ site data is invalid: run npm run check');
const base = { siteData: site.data, root, force: false, assets: false } as const;

let failed = false;
for (const folder of positionals) {
  const pages = parseIndexTsv(await readFile(join(folder, 'INDEX.tsv'), 'utf8'));
  const totals = Object.fromEntries(EVAL_FIELDS.map((f) => [f, 0])) as Record<EvalField, number>;
  console.log(`file\t${EVAL_FIELDS.join('\t')}`);
  for (const page of pages) {
    const url = values['with-url'] && page.originalUrl ? page.originalUrl : undefined;
    const result = await importOne(join(folder, page.file), { ...base, outDir: tmpdir(), dryRun: true, url });
    const score = scorePage(page, result.fields);
    for (const f of EVAL_FIELDS) if (score[f]) totals[f] += 1;
    console.log(`${page.file}\t${EVAL_FIELDS.map((f) => (score[f] ? 'ok' : 'MISS')).join('\t')}`);
    if (values.verbose) {
      for (const f of EVAL_FIELDS) {
        if (score[f]) continue;
        const got =
          f === 'firstSentence' ? firstSentence(result.fields.body) : f === 'noChrome' ? result.fields.body.slice(-300) : result.fields[f];
        const want = f === 'noChrome' ? '' : page[f];
        console.log(`    ${f}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
      }
    }
  }
  console.log(`\n${folder}: ${pages.length} pages${values['with-url'] ? ' (with their original_url as --url)' : ''}`);
  for (const f of EVAL_FIELDS)
    console.log(`  ${f.padEnd(14)}${totals[f]}/${pages.length}  ${((100 * totals[f]) / pages.length).toFixed(0)}%`);
}

if (values.seed) {
  if (!values.expect) throw new Error('--seed needs --expect <article.md>');
  const out = await mkdtemp(join(tmpdir(), 'zhuanzai-seed-'));
  try {
    const result = await importOne(values.seed, { ...base, outDir: out, dryRun: false });
    const written = result.target ? await readFile(resolve(root, result.target), 'utf8') : '';
    const expected = await readFile(values.expect, 'utf8');
    const same = written === expected;
    failed ||= !same;
    console.log(
      `\nseed ${values.seed} → ${same ? 'identical to' : 'DIFFERS from'} ${values.expect} (${written.length}/${expected.length} chars)`,
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
process.exitCode = failed ? 1 : 0;
