/**
 * npm run bench -- --n 10000 [--seed 1] [--plain | --corpus <content folder>] [--shards auto|none|year] [--query 营商环境,柏青禾,…] [--rebuild (then one edit, then ten added)] [--compare hugo,astro] [--parts 4] [--cpu-prof] [--keep] [--json file] [--verbose]
 * Generates a synthetic corpus in a temporary folder (bodies with the Markdown constructs the
 * importer writes, in its proportions; `--plain`: the old corpus of plain prose; `--corpus`: a content folder
 * of your own instead, e.g. a real archive, whose ten added articles are copies of its newest), runs the production build on it
 * (content check, astro build, Pagefind), and prints phase times, peak memory, sizes and
 * what each search query transfers on the search page in Chromium, as a table and as JSON.
 */
import { writeFileSync } from 'node:fs';
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import { BENCH_QUERIES } from './lib/bench/probes.ts';
import { formatTable } from './lib/bench/report.ts';
import { runBench } from './lib/bench/run.ts';

const { values } = commandArgsOrExit({
  usage:
    'npm run bench -- --n 10000 [--seed 1] [--plain | --corpus <content folder>] [--shards auto|none|year] [--query 营商环境,…] [--rebuild] [--compare hugo,astro] [--parts 4] [--cpu-prof] [--keep] [--json file] [--verbose]',
  nothingDone: 'Nothing was run.',
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    query: { type: 'string' },
    corpus: { type: 'string' },
    shards: { type: 'string', default: 'auto' },
    rebuild: { type: 'boolean', default: false },
    plain: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    compare: { type: 'string' },
    parts: { type: 'string' },
  },
});

const n = Number(values.n);
const seed = Number(values.seed);
const shards = values.shards;
const compare = (values.compare ?? '').split(',').filter((c) => c !== '');
if (compare.some((c) => c !== 'hugo' && c !== 'astro')) {
  console.error('--compare takes hugo, astro or hugo,astro (minimal sites of the same corpus, indexed by the Pagefind CLI).');
  process.exit(2);
}
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || (shards !== 'auto' && shards !== 'none' && shards !== 'year')) {
  console.error(
    '--n must be a positive integer, --seed an integer and --shards auto, none or year, e.g. npm run bench -- --n 10000 --seed 1',
  );
  process.exit(2);
}

if (values.corpus !== undefined && values.plain) {
  console.error('--corpus builds the folder given, --plain a generated corpus: give one of the two.');
  process.exit(2);
}

const parts = values.parts === undefined ? undefined : Number(values.parts);
if (parts !== undefined && (!Number.isInteger(parts) || parts < 1 || parts > 64)) {
  console.error('--parts takes a number of parts from 1 to 64, e.g. npm run bench -- --n 10000 --parts 4');
  process.exit(2);
}

const result = await runBench(process.cwd(), {
  n,
  seed,
  shards,
  // The default queries find the generated corpus's planted names; a given corpus is searched for one common word.
  queries: (values.query ?? (values.corpus !== undefined ? '营商环境' : BENCH_QUERIES.join(','))).split(',').filter((q) => q.trim() !== ''),
  ...(values.corpus !== undefined ? { corpus: values.corpus } : {}),
  rebuild: values.rebuild,
  plain: values.plain,
  cpuProf: values['cpu-prof'],
  keep: values.keep,
  verbose: values.verbose,
  compare: compare as ('hugo' | 'astro')[],
  ...(parts !== undefined ? { parts } : {}),
});
console.log(formatTable(result));
const json = JSON.stringify(result, null, 2);
if (values.json) writeFileSync(values.json, `${json}\n`);
else console.log(json);
