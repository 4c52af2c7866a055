import { dateToDay, type ArticleDate } from './dates.ts';

/** One Pagefind attribute of an article: `data-pagefind-<kind>="<name>[data-value]"` with `value`. */
export interface SearchField {
  kind: 'filter' | 'sort' | 'meta';
  name: string;
  value: string;
}

/**
 * The `date` sort key of an article: its date to the minute (a date without a time is 00:00),
 * then its id, so that no two articles share a key. Pagefind orders equal keys, and equal
 * scores, by the order it read the pages in, which its command line takes from the file
 * system; a key of its own gives every article one place in the newest-first order, which
 * the search page also uses to order results of equal score (src/scripts/search/engine.ts).
 */
export function articleSortKey(date: ArticleDate, id: string): string {
  return `${date.length > 10 ? date : `${date} 00:00`} ${id}`;
}

/**
 * The filters, sort key and metadata Pagefind keeps for an article: one list for the page
 * (SearchMeta.astro) and the index built from the content (scripts/lib/search-index).
 */
export function articleSearchFields(id: string, date: ArticleDate, source: string, column: string): SearchField[] {
  const day = dateToDay(date);
  return [
    { kind: 'filter', name: '栏目', value: column },
    { kind: 'filter', name: '来源', value: source },
    { kind: 'filter', name: '年份', value: day.slice(0, 4) },
    { kind: 'sort', name: 'date', value: articleSortKey(date, id) },
    // The same key as metadata: the complete answer from the page postings sorts loaded articles
    // by it, as Pagefind sorts by `date` (src/scripts/search/complete.ts).
    { kind: 'meta', name: 'order', value: articleSortKey(date, id) },
    { kind: 'meta', name: 'date', value: day },
    { kind: 'meta', name: 'source', value: source },
    { kind: 'meta', name: 'column', value: column },
  ];
}
