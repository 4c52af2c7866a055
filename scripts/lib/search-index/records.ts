import { createHash } from 'node:crypto';
import { compareDatesDesc } from '../../../src/lib/dates.ts';
import { DOCUMENT_NUMBER_FILTER, documentNumbers } from '../../../src/lib/document-numbers.ts';
import { articleSearchFields, type SearchField } from '../../../src/lib/search-meta.ts';
import { isListed } from '../../../src/lib/visibility.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { markdownToSearchHtml } from './markdown-html.ts';

/** How the search index is split: one index for the site, or one per year of the articles' `date`. */
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
  /** `all` without shards, else a year such as `2024`. */
  id: string;
  articles: IndexedArticle[];
  /** Equal hash, equal bundle: the cached bundle is reused. */
  hash: string;
}

/** The shard an article belongs to: the year of its `date` (Asia/Shanghai), the year the page shows. */
export function articleToShard(data: Pick<ArticleData, 'date'>, mode: ShardMode): string {
  return mode === 'none' ? 'all' : data.date.slice(0, 4);
}

/**
 * Groups the articles that search shows (listed: published, not a draft, not withdrawn) into
 * shards, newest year first and newest article first within a shard, and hashes each from `settings` (Pagefind version, language, the
 * indexing code) and every article's path, frontmatter and body.
 */
export function planShards(articles: readonly IndexedArticle[], mode: ShardMode, now: string, settings: string): ShardPlan[] {
  const groups = new Map<string, IndexedArticle[]>();
  for (const article of articles) {
    if (!isListed(article.data, { now, includeDrafts: false })) continue;
    const id = articleToShard(article.data, mode);
    const list = groups.get(id) ?? [];
    list.push(article);
    groups.set(id, list);
  }
  return [...groups.keys()]
    .sort((a, b) => b.localeCompare(a))
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
  const fields = [...articleSearchFields(date, source, category), ...numbers].map(
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
