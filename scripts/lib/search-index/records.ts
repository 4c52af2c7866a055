import { createHash } from 'node:crypto';
import { compareDatesDesc } from '../../../src/lib/dates.ts';
import { DOCUMENT_NUMBER_FILTER, documentNumbers } from '../../../src/lib/document-numbers.ts';
import { articleSearchFields, type SearchField } from '../../../src/lib/search-meta.ts';
import { isListed } from '../../../src/lib/visibility.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { markdownToSearchHtml } from './markdown-html.ts';

/** How the search index is split: one index for the site, or by the articles' `date` (year, or part of a year). */
export type ShardMode = 'none' | 'year';

/** What the index needs of an article: its id (page `/articles/<id>/`), frontmatter and body. */
export interface IndexedArticle {
  file: string;
  id: string;
  data: ArticleData;
  body: string;
}

/** One Pagefind bundle: the articles in it and a hash of everything that goes into it. */
export interface ShardPlan {
  /** `all` without shards; else a year (`2024`), or the first month of part of a year (`2024-07`). */
  id: string;
  articles: IndexedArticle[];
  /** Equal hash, equal bundle: the cached bundle is reused. */
  hash: string;
}

/**
 * Most listed articles in one shard before a year is split (`ZHUANZAI_SEARCH_SHARD_SIZE`): a
 * query's first answer costs about 35 KB per 1,000 articles of the newest shard, on top of 92 KB
 * (Pagefind's script and WebAssembly, a page of results).
 */
export const DEFAULT_SHARD_SIZE = 1500;

/**
 * Every environment variable that decides how the search index is cut (read by
 * `searchSettingsFromEnv`): an incremental build hashes them all, so that changing any one of
 * them alone rebuilds the index.
 */
export const SEARCH_SETTINGS_ENV = [
  'ZHUANZAI_SEARCH_SHARDS',
  'ZHUANZAI_SEARCH_SHARD_SIZE',
  'ZHUANZAI_SEARCH_FIRST_ANSWER',
  'ZHUANZAI_SEARCH_POSTING_CAP',
] as const;

/**
 * The search page's first answer covers the newest shards that together hold at least this many
 * articles (`ZHUANZAI_SEARCH_FIRST_ANSWER`): early in a year the newest shard alone holds too few.
 */
export const DEFAULT_FIRST_ANSWER = 500;

/**
 * When at most this many articles can hold a query, the search page loads them all for a complete
 * answer from the page postings; past it, it answers a word on many pages from the postings'
 * order (title, then newest), checking pages as the reader pages (`ZHUANZAI_SEARCH_POSTING_CAP`;
 * src/scripts/search/complete.ts).
 */
export const DEFAULT_POSTING_CAP = 40;

/** Shards per year, tried in turn: the whole year, halves, quarters, months. */
const PARTS_PER_YEAR = [1, 2, 4, 12];

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The shard of an article's month when its year is cut into `parts` calendar parts: `2024`, or `2024-07` for July–December. */
function shardOfMonth(year: string, month: number, parts: number): string {
  if (parts === 1) return year;
  const span = 12 / parts;
  const first = Math.floor((month - 1) / span) * span + 1;
  return `${year}-${String(first).padStart(2, '0')}`;
}

/**
 * Groups the articles that search shows (listed: published, not a draft, not withdrawn) into
 * shards, newest first and newest article first within a shard, and hashes each from `settings`
 * (Pagefind version, language, the indexing code) and every article's path, frontmatter and body.
 * By year, the year of the `date` the page shows (Asia/Shanghai); a year with more than
 * `maxArticles` is cut into halves, quarters or months, the fewest parts that keep every part
 * within it (calendar parts, so a new article changes only the part it falls in).
 */
export function planShards(
  articles: readonly IndexedArticle[],
  mode: ShardMode,
  now: string,
  settings: string,
  maxArticles = DEFAULT_SHARD_SIZE,
): ShardPlan[] {
  const years = groupBy(
    articles.filter((a) => isListed(a.data, { now, includeDrafts: false })),
    (a) => (mode === 'none' ? 'all' : a.data.date.slice(0, 4)),
  );
  const groups = new Map<string, IndexedArticle[]>();
  for (const [year, list] of years) {
    if (mode === 'none') {
      groups.set(year, list);
      continue;
    }
    // The fewest parts that fit; months when even those do not.
    const cuts = PARTS_PER_YEAR.map((parts) => groupBy(list, (a) => shardOfMonth(year, Number(a.data.date.slice(5, 7)), parts)));
    const fitting = cuts.find((cut) => [...cut.values()].every((part) => part.length <= maxArticles)) ?? cuts.at(-1)!;
    for (const [id, part] of fitting) groups.set(id, part);
  }
  return [...groups.keys()]
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    .map((id) => {
      // Newest first: Pagefind breaks ties between equal scores by the order pages were added.
      const list = (groups.get(id) ?? []).sort((a, b) => compareDatesDesc(a.data.date, b.data.date) || a.id.localeCompare(b.id));
      const hash = createHash('sha256').update(settings);
      for (const a of list) hash.update(`${a.id}\0${a.file}\0${JSON.stringify(a.data)}\0${a.body}\0`);
      return { id, articles: list, hash: hash.digest('hex') };
    });
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The indexed part of an article page, as Pagefind sees it on the built page: the filters,
 * sort key and metadata of `SearchMeta.astro`, the headline, and the body. The page's other
 * parts are outside `data-pagefind-body` or marked `data-pagefind-ignore`.
 */
export function articleToSearchHtml(article: IndexedArticle): string {
  const { title, date, source, category } = article.data;
  // The document numbers in the text, as 文号 filter values (see src/lib/document-numbers.ts).
  const numbers = documentNumbers(`${title}\n${article.body}`).map((d): SearchField => ({
    kind: 'filter',
    name: DOCUMENT_NUMBER_FILTER,
    value: d.key,
  }));
  const fields = [...articleSearchFields(article.id, date, source, category), ...numbers].map(
    (f) => `<span hidden data-pagefind-${f.kind}="${f.name}[data-value]" data-value="${escapeHtml(f.value)}"></span>`,
  );
  return [
    '<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>',
    escapeHtml(title),
    '</title></head><body><div data-pagefind-body>',
    ...fields,
    `<h1>${escapeHtml(title)}</h1><div class="article-body">`,
    markdownToSearchHtml(article.body, article.file.endsWith('.mdx')),
    '</div></div></body></html>',
  ].join('');
}
