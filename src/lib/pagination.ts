export interface PageSlice<T> {
  /** 1-based page number. */
  page: number;
  total: number;
  items: T[];
}

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    page: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** A link in the numbered pager; `href` is undefined for the current page and for gaps. */
export interface PagerItem {
  kind: 'first' | 'prev' | 'page' | 'gap' | 'next' | 'last';
  label: string;
  page: number | undefined;
  current: boolean;
}

/**
 * The numbered pager of Chinese government sites: 首页 上一页 1 2 3 … 下一页 尾页.
 * Shows the first and last page and `window` pages on each side of the current one.
 */
export function pagerItems(current: number, total: number, window = 2): PagerItem[] {
  if (total <= 1) return [];
  const items: PagerItem[] = [];
  const link = (kind: PagerItem['kind'], label: string, page: number): PagerItem => ({
    kind,
    label,
    page,
    current: false,
  });
  if (current > 1) {
    items.push(link('first', '首页', 1), link('prev', '上一页', current - 1));
  }
  const shown = new Set<number>([1, total]);
  for (let p = current - window; p <= current + window; p++) if (p >= 1 && p <= total) shown.add(p);
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - last > 1) items.push({ kind: 'gap', label: '…', page: undefined, current: false });
    items.push({ kind: 'page', label: String(p), page: p, current: p === current });
    last = p;
  }
  if (current < total) {
    items.push(link('next', '下一页', current + 1), link('last', '尾页', total));
  }
  return items;
}

/** `/columns/x/` for page 1, `/columns/x/2/` after: page 1 has one URL only. */
export function pageToPath(basePath: string, page: number): string {
  const root = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return page <= 1 ? root : `${root}${page}/`;
}

/**
 * Static paths of one paginated list per group (a column, a source, a tag): page 1 at
 * `<slug>/` (`page` undefined for Astro's `[...page]`), page n at `<slug>/n/`.
 */
export function groupedPagePaths<G, T>(
  groups: readonly G[],
  slugOf: (group: G) => string,
  itemsOf: (group: G) => readonly T[],
  size: number,
) {
  return groups.flatMap((group) =>
    paginate(itemsOf(group), size).map((slice) => ({
      params: { slug: slugOf(group), page: slice.page === 1 ? undefined : String(slice.page) },
      group,
      slice,
    })),
  );
}
