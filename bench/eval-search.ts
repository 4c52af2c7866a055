/**
 * `npm run eval:search -- --corpus <dir> --queries <tsv> [--base /news/] [--generate 10000] [--json report.json]`
 * `npm run eval:search -- --import <folder of saved pages> [--corpus content] --queries <tsv> …`
 *
 * Builds a site from a folder of articles, serves it on 127.0.0.1, runs each query through
 * `/search/?q=` in Chromium and through stock Pagefind, and reports MRR@10, recall@10 and top-1.
 * `--generate N` adds N fictional filler articles (scale runs: ranking and bytes at 10,000 pages).
 * `--import` imports saved original pages first (`npm run import`'s own code), finished as an editor
 * would (bench/lib/eval-search/import-pages.ts), with the articles of `--corpus` beside them.
 */
import { writeFileSync } from 'node:fs';
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import { reportToTable } from './lib/eval-search/report.ts';
import { evaluate } from './lib/eval-search/run.ts';

const { values } = commandArgsOrExit({
  usage:
    'npm run eval:search -- --corpus <dir> --queries <tsv> [--import <folder>] [--site-data dir] [--work-dir dir] [--base /news/] [--generate 10000] [--no-build] [--json report.json]',
  nothingDone: 'Nothing was run.',
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    'site-data': { type: 'string', default: 'tests/fixtures/search/content' },
    'work-dir': { type: 'string', default: 'tests/.output/eval-search' },
    base: { type: 'string', default: '/' },
    json: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    generate: { type: 'string', default: '0' },
    import: { type: 'string' },
  },
});

if ((!values.corpus && !values.import) || !values.queries) {
  console.error(
    'Usage: npm run eval:search -- --corpus <content or articles folder> | --import <folder of saved pages> --queries <queries.tsv> [--base /news/] [--json out.json]',
  );
  process.exit(2);
}

const report = await evaluate({
  corpus: values.corpus ?? '',
  importDir: values.import,
  queries: values.queries,
  siteData: values['site-data'],
  workDir: values['work-dir'],
  base: values.base.endsWith('/') ? values.base : `${values.base}/`,
  noBuild: values['no-build'],
  generate: Number(values.generate),
  log: (line) => console.error(line),
});
console.log(reportToTable(report));
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
else
  console.log(
    `\n${JSON.stringify({ ours: report.ours.summary, stock: report.stock.summary, transfer: report.transfer, stockTransfer: report.stockTransfer }, null, 2)}`,
  );
