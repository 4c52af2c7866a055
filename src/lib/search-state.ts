/**
 * The search page's state lives in the URL, so a search can be shared and back/forward works:
 * `?q=监察法&column=法治&source=…&year=2024&sort=date`. Parameter names are ASCII; values are
 * the Chinese filter values Pagefind indexed (栏目, 来源, 年份).
 */
export type SearchSort = 'relevance' | 'date';

/** URL parameter → Pagefind filter name (set by SearchMeta.astro). */
export const FILTER_PARAMS = { column: '栏目', source: '来源', year: '年份' } as const;
export type FilterParam = keyof typeof FILTER_PARAMS;

export interface SearchState {
  q: string;
  sort: SearchSort;
  filters: Partial<Record<FilterParam, string>>;
}

const MAX_QUERY = 100;

export function paramsToState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
  };
}

/** The query string for a state; defaults (relevance sort, no filter) are left out. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** Pagefind's `filters` option: `{ 栏目: ['法治'] }`. */
export function stateToPagefindFilters(state: SearchState): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    const value = state.filters[key];
    if (value) out[FILTER_PARAMS[key]] = [value];
  }
  return out;
}

export type FacetCounts = Record<string, Record<string, number>>;

/**
 * Facet counts for the shown results: Pagefind's counts for the phrase search plus the filter
 * values of the extra results only the loose search found. Values with 0 are dropped.
 */
export function mergeFacetCounts(base: FacetCounts, extras: readonly Record<string, readonly string[]>[]): FacetCounts {
  const out: FacetCounts = {};
  for (const [group, values] of Object.entries(base)) {
    for (const [value, n] of Object.entries(values)) {
      if (n > 0) (out[group] ??= {})[value] = n;
    }
  }
  for (const filters of extras) {
    for (const [group, values] of Object.entries(filters)) {
      for (const value of values) {
        const g = (out[group] ??= {});
        g[value] = (g[value] ?? 0) + 1;
      }
    }
  }
  return out;
}
