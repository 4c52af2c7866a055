import { resolve } from 'node:path';
import { hasPage } from '../../../src/lib/visibility.ts';
import type { CheckedArticle, CheckResult } from '../check/index.ts';
import { checkContent } from '../check/index.ts';
import { signatureCacheFile } from '../check/signature-cache.ts';
import { formatText, summarise } from '../check/report.ts';
import type { ShardPlan } from '../search-index/records.ts';
import { searchSettingsFromEnv, type SearchSettings } from '../search-index/index.ts';
import { articleWeight, assignParts, parsePartNumber, type PartAssignment, type PartNumber } from './parts.ts';

/** `npm run build -- --part K/N` or `-- --assemble <dir>` (scripts/lib/build/parts.ts). */
export type DistributedBuild = { kind: 'part'; part: PartNumber; partsDir: string } | { kind: 'assemble'; partsDir: string };

/** Where parts are written and read unless `--assemble` names a folder: `ZHUANZAI_PARTS_DIR`, else `dist-parts/`. */
export const defaultPartsDir = (env: NodeJS.ProcessEnv = process.env) => resolve(env['ZHUANZAI_PARTS_DIR'] || 'dist-parts');

/** Reads `--part K/N` (or `--part=K/N`) and `--assemble [dir]` from the build's arguments; undefined for a one-machine build. */
export function distributedBuildFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DistributedBuild | undefined {
  const valueOf = (flag: string): string | undefined | null => {
    const at = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    if (at < 0) return null;
    const arg = argv[at]!;
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    const next = argv[at + 1];
    return next === undefined || next.startsWith('--') ? undefined : next;
  };
  const part = valueOf('--part');
  const assemble = valueOf('--assemble');
  if (part !== null && assemble !== null)
    throw new Error('--part and --assemble are two steps: build each part with --part K/N, then assemble them with --assemble <dir>.');
  if (part !== null) return { kind: 'part', part: parsePartNumber(part ?? ''), partsDir: defaultPartsDir(env) };
  if (assemble !== null) return { kind: 'assemble', partsDir: assemble ? resolve(assemble) : defaultPartsDir(env) };
  return undefined;
}

export interface CheckedSite {
  files: number;
  articles: CheckedArticle[];
  site: NonNullable<CheckResult['site']>;
  searchSettings: SearchSettings;
}

/**
 * The content check and settings every step runs first, as a one-machine build does: on a
 * content error or a bad setting, `stop` ends Astro and the process exits without writing anything.
 */
export async function checkOrExit(contentDir: string, root: string, stop: () => Promise<void>): Promise<CheckedSite> {
  const started = performance.now();
  const { files, problems, articles, site } = await checkContent({
    contentDir,
    root,
    signatureCache: signatureCacheFile(root, contentDir),
  });
  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) console.error(formatText(problems));
  if (errors.length > 0 || !site) {
    await stop();
    console.error(summarise(problems, files, site === undefined));
    console.error('构建已停止：请先修正以上内容错误。The build stopped before writing anything: fix the content errors above.');
    process.exit(1);
  }
  console.log(`Checked ${files} article file(s) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  try {
    return { files, articles, site, searchSettings: searchSettingsFromEnv() };
  } catch (error) {
    await stop();
    console.error(error instanceof Error ? error.message : error);
    console.error('构建已停止：请先修正以上设置。The build stopped before writing anything: fix the setting above.');
    process.exit(2);
  }
}

/** The articles with a page (live or tombstone) at `now`: the ones the parts render. */
export const articlesWithPage = (articles: readonly CheckedArticle[], now: string) =>
  articles.filter((a) => hasPage(a.data, { now, includeDrafts: false }));

/** Every part's assignment, from the articles with a page and the search plan's shards. */
export function partition(withPage: readonly CheckedArticle[], shards: readonly ShardPlan[], count: number): PartAssignment[] {
  return assignParts(
    withPage.map((a) => ({ id: a.id, weight: articleWeight(a.body) })),
    shards.map((s) => ({ id: s.id, weight: s.articles.reduce((sum, a) => sum + articleWeight(a.body), 0) })),
    count,
  );
}
