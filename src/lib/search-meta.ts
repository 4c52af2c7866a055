import { dateToDay, type ArticleDate } from './dates.ts';

/** One Pagefind attribute of an article: `data-pagefind-<kind>="<name>[data-value]"` with `value`. */
export interface SearchField {
  kind: 'filter' | 'sort' | 'meta';
  name: string;
  value: string;
}

/**
 * The filters, sort key and metadata Pagefind keeps for an article: one list for the page
 * (SearchMeta.astro) and the index built from the content (scripts/lib/search-index).
 */
export function articleSearchFields(date: ArticleDate, source: string, column: string): SearchField[] {
  const day = dateToDay(date);
  return [
    { kind: 'filter', name: '栏目', value: column },
    { kind: 'filter', name: '来源', value: source },
    { kind: 'filter', name: '年份', value: day.slice(0, 4) },
    { kind: 'sort', name: 'date', value: date },
    { kind: 'meta', name: 'date', value: day },
    { kind: 'meta', name: 'source', value: source },
    { kind: 'meta', name: 'column', value: column },
  ];
}
