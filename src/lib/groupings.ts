/**
 * Groups items under every key `keysOf` returns, in one pass. Items keep their input
 * order inside each group, and groups appear in the order their first item does.
 */
export function groupByKeys<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export interface ArchiveMonth<T> {
  year: string;
  /** Two digits, `04`. */
  month: string;
  items: T[];
}

export interface ArchiveYear<T> {
  year: string;
  months: ArchiveMonth<T>[];
  count: number;
}

/**
 * The archive by year and month of an article date (`YYYY-MM-DD…`), newest year and month
 * first. Items keep their input order inside a month.
 */
export function archiveByMonth<T>(items: readonly T[], dateOf: (item: T) => string): ArchiveYear<T>[] {
  const byMonth = groupByKeys(items, (item) => [dateOf(item).slice(0, 7)]);
  const years = new Map<string, ArchiveYear<T>>();
  for (const key of [...byMonth.keys()].sort().reverse()) {
    const [year = '', month = ''] = key.split('-');
    const items = byMonth.get(key) ?? [];
    let entry = years.get(year);
    if (!entry) {
      entry = { year, months: [], count: 0 };
      years.set(year, entry);
    }
    entry.months.push({ year, month, items });
    entry.count += items.length;
  }
  return [...years.values()];
}

export interface Neighbours<T> {
  /** 上一篇: the item listed just before this one (newer, in a newest-first list). */
  prev: T | undefined;
  /** 下一篇: the item listed just after this one (older). */
  next: T | undefined;
}

/** 上一篇 / 下一篇 for every item of every list, keyed by `idOf`. */
export function listsToNeighbours<T>(lists: Iterable<readonly T[]>, idOf: (item: T) => string): Map<string, Neighbours<T>> {
  const result = new Map<string, Neighbours<T>>();
  for (const list of lists) {
    list.forEach((item, i) => result.set(idOf(item), { prev: list[i - 1], next: list[i + 1] }));
  }
  return result;
}
