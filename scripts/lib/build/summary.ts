import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildSummary {
  articles: number;
  tombstones: number;
  pages: number;
  searchPages: number | undefined;
  warnings: string[];
  seconds: number | undefined;
}

/** Counts what a build produced in `dist` and the warnings in its log. */
export function summariseBuild(dist: string, log: string, seconds: number | undefined): BuildSummary {
  const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const articleFiles = html.filter((f) => f.startsWith('articles/'));
  const tombstones = articleFiles.filter((f) => readFileSync(join(dist, f), 'utf8').includes('class="article tombstone"')).length;
  let searchPages: number | undefined;
  try {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    searchPages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } catch {
    searchPages = undefined;
  }
  const warnings = log.split('\n').filter((l) => /\bwarn(ing)?\b|^warning /i.test(l));
  return { articles: articleFiles.length - tombstones, tombstones, pages: html.length, searchPages, warnings, seconds };
}

export function summaryToMarkdown(s: BuildSummary): string {
  const rows = [
    ['Articles', String(s.articles)],
    ['Withdrawn (tombstones)', String(s.tombstones)],
    ['HTML pages', String(s.pages)],
    ['Pages in the search index', s.searchPages === undefined ? 'no index' : String(s.searchPages)],
    ['Warnings', String(s.warnings.length)],
    ['Duration', s.seconds === undefined ? 'unknown' : `${s.seconds} s`],
  ];
  const table = ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const warnings =
    s.warnings.length > 0 ? `\n\n<details><summary>Warnings</summary>\n\n\`\`\`\n${s.warnings.join('\n')}\n\`\`\`\n</details>` : '';
  return `## Build summary\n\n${table}${warnings}\n`;
}
