import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildSummary {
  articles: number;
  tombstones: number;
  pages: number;
  searchPages: number | undefined;
  /** Search bundles (year shards), when there is an index. */
  searchShards: number | undefined;
  /** What the build did, from its log: a full build, an incremental one, or nothing. */
  kind: string;
  warnings: string[];
  seconds: number | undefined;
}

/** Counts what a build produced in `dist` and the warnings in its log. */
export function summariseBuild(dist: string, log: string, seconds: number | undefined): BuildSummary {
  const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const articleFiles = html.filter((f) => f.startsWith('articles/'));
  const tombstones = articleFiles.filter((f) => readFileSync(join(dist, f), 'utf8').includes('class="article tombstone"')).length;
  let searchPages: number | undefined;
  let searchShards: number | undefined;
  try {
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: { pages: number }[] };
    searchPages = manifest.shards.reduce((n, shard) => n + shard.pages, 0);
    searchShards = manifest.shards.length;
  } catch {
    searchPages = undefined;
  }
  const kind =
    /^Full build \((.*)\)\.$/m.exec(log)?.[0].replace(/\.$/, '') ??
    /^Incremental build: (\d+) article page\(s\) changed/m.exec(log)?.[0] ??
    (/^Nothing to rebuild/m.test(log) ? 'Nothing to rebuild' : 'unknown');
  const warnings = log.split('\n').filter((l) => /\bwarn(ing)?\b|^warning /i.test(l));
  return { articles: articleFiles.length - tombstones, tombstones, pages: html.length, searchPages, searchShards, kind, warnings, seconds };
}

export function summaryToMarkdown(s: BuildSummary): string {
  const rows = [
    ['Articles', String(s.articles)],
    ['Withdrawn (tombstones)', String(s.tombstones)],
    ['HTML pages', String(s.pages)],
    ['Build', s.kind],
    [
      'Pages in the search index',
      s.searchPages === undefined
        ? 'no index'
        : `${s.searchPages}${s.searchShards && s.searchShards > 1 ? ` in ${s.searchShards} year shards` : ''}`,
    ],
    ['Warnings', String(s.warnings.length)],
    ['Duration', s.seconds === undefined ? 'unknown' : `${s.seconds} s`],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const warnings =
    s.warnings.length > 0 ? `\n\n<details><summary>Warnings</summary>\n\n\`\`\`\n${s.warnings.join('\n')}\n\`\`\`\n</details>` : '';
  return `## Build summary\n\n${table}${warnings}\n`;
}
