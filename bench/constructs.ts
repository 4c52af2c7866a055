/**
 * npm run bench:constructs -- <folder> [--each]
 * Counts, for the Markdown articles under a folder (e.g. what `npm run import` wrote from saved
 * pages into a temporary content folder), how many bodies carry each construct: headings,
 * images, captions, links, lists, bold, tables, 附件 lists, plain prose. The benchmark corpus's
 * proportions are chosen from such counts (docs/performance.md). Prints JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import { bodyConstructs, tallyBodies } from './lib/bench/constructs.ts';

const { values, positionals } = commandArgsOrExit({
  usage: 'npm run bench:constructs -- <folder of .md articles> [--each]',
  nothingDone: 'Nothing was run.',
  allowPositionals: true,
  options: { each: { type: 'boolean', default: false } },
});
const [dir] = positionals;
if (!dir) {
  console.error('Usage: npm run bench:constructs -- <folder of .md articles> [--each]');
  process.exit(2);
}
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const bodies = files.map((f) => readFileSync(f, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
if (values.each) for (const [i, body] of bodies.entries()) console.log(relative(dir, files[i]!), JSON.stringify(bodyConstructs(body)));
console.log(JSON.stringify(tallyBodies(bodies), null, 2));
