/**
 * node scripts/build-summary.ts [--dist dist] [--log build.log] [--seconds N]
 * Prints a Markdown summary of a finished build (articles, pages, warnings, duration),
 * for `$GITHUB_STEP_SUMMARY`.
 */
import { readFileSync } from 'node:fs';
import { commandArgsOrExit } from './lib/command-args.ts';
import { summariseBuild, summaryToMarkdown } from './lib/build/summary.ts';

const { values } = commandArgsOrExit({
  usage: 'node scripts/build-summary.ts [--dist dist] [--log build.log] [--seconds N]',
  nothingDone: 'No summary was written: correct the command and run it again.',
  options: { dist: { type: 'string', default: 'dist' }, log: { type: 'string' }, seconds: { type: 'string' } },
});
const log = values.log ? readFileSync(values.log, 'utf8') : '';
const summary = summariseBuild(values.dist, log, values.seconds === undefined ? undefined : Number(values.seconds));
process.stdout.write(summaryToMarkdown(summary));
