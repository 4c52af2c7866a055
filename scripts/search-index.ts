/**
 * npm run search-index -- [--shard 2024 …]: checks the content and builds search shards into the
 * shard cache without building pages. With `--shard`, only those shards (years, or parts of a year
 * such as 2024-07): one job of a CI matrix that indexes a large archive on several machines
 * (docs/performance.md, "Building shards in parallel").
 * A later `npm run build` that finds the shards in the cache (same articles, same settings)
 * indexes nothing again. Without `--shard`, every shard that is not cached yet.
 */
import { resolve } from 'node:path';
import { commandArgsOrExit } from './lib/command-args.ts';
import { checkContent } from './lib/check/index.ts';
import { formatText, summarise } from './lib/check/report.ts';
import { publicationNowOrExit } from './lib/build/scheduled.ts';
import { searchSettingsFromEnv, startSearchIndex, type SearchSettings } from './lib/search-index/index.ts';
import { siteBase } from '../src/schemas/site.ts';

const { values } = commandArgsOrExit({
  usage: 'npm run search-index -- [--shard 2024 …] [--list]',
  nothingDone: '未建任何索引。Nothing was indexed: correct the command and run it again.',
  options: { shard: { type: 'string', multiple: true }, list: { type: 'boolean', default: false } },
});
const root = process.cwd();
const contentDir = resolve(process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content');
const now = publicationNowOrExit();
const { files, problems, articles, site } = await checkContent({ contentDir, root });
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0 || !site) {
  console.error(formatText(problems));
  console.error(summarise(problems, files, site === undefined));
  process.exit(1);
}
let searchSettings: SearchSettings;
try {
  searchSettings = searchSettingsFromEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const job = startSearchIndex({
  root,
  contentDir,
  articles,
  now,
  base: siteBase(site.site),
  ...searchSettings,
  only: values.list ? [] : values.shard,
});
job.useAllCores();
const unknown = (values.shard ?? []).filter((id) => !job.shards.some((s) => s.id === id));
if (values.list) {
  // The shard ids as a JSON list, newest first: the matrix of a CI workflow (`fromJSON`).
  console.log(JSON.stringify(job.shards.map((s) => s.id)));
  await job.done;
  process.exit(0);
}
if (unknown.length > 0) {
  console.error(`No search shard ${unknown.join(', ')}: the shards are ${job.shards.map((s) => s.id).join(', ')} (mode ${job.mode}).`);
  await job.done.catch(() => undefined);
  process.exit(2);
}
const run = await job.done;
console.log(
  `Search shards (${job.mode}): ${run.indexed} indexed (${run.indexedIds.join(', ') || 'none'}), ${run.reused} already cached, in ${(run.ms / 1000).toFixed(1)} s.`,
);
