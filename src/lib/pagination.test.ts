import { describe, expect, test } from 'vitest';
import { groupedPagePaths, pagerItems, pageToPath, paginate } from './pagination.ts';

describe('paginate', () => {
  test('returns 3 pages of 20, 20 and 5 for 45 items', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.total)).toEqual([3, 3, 3]);
    expect(pages[2]?.items[0]).toBe(40);
  });
  test('returns exactly 2 pages for 40 items', () => {
    expect(paginate(Array.from({ length: 40 }), 20)).toHaveLength(2);
  });
  test('returns one empty page for no items', () => {
    expect(paginate([], 20)).toEqual([{ page: 1, total: 1, items: [] }]);
  });
  test('throws on a page size of 0', () => {
    expect(() => paginate([1], 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: page size must be a positive integer, got 0]`);
  });
});

describe('pagerItems', () => {
  const labels = (current: number, total: number) => pagerItems(current, total).map((i) => (i.current ? `[${i.label}]` : i.label));
  test('returns nothing for a single page', () => {
    expect(pagerItems(1, 1)).toEqual([]);
  });
  test('returns no 首页/上一页 on the first page', () => {
    expect(labels(1, 3)).toEqual(['[1]', '2', '3', '下一页', '尾页']);
  });
  test('returns gaps around a window in the middle', () => {
    expect(labels(10, 20)).toEqual(['首页', '上一页', '1', '…', '8', '9', '[10]', '11', '12', '…', '20', '下一页', '尾页']);
  });
  test('returns no 下一页/尾页 on the last page', () => {
    expect(labels(3, 3)).toEqual(['首页', '上一页', '1', '2', '[3]']);
  });
  test('links 上一页 and 下一页 to the neighbouring pages', () => {
    const items = pagerItems(5, 9);
    expect(items.find((i) => i.kind === 'prev')?.page).toBe(4);
    expect(items.find((i) => i.kind === 'next')?.page).toBe(6);
    expect(items.find((i) => i.kind === 'last')?.page).toBe(9);
  });
});

describe('pageToPath', () => {
  test('returns the column root for page 1 and /n/ after it', () => {
    expect(pageToPath('/columns/fazhi/', 1)).toBe('/columns/fazhi/');
    expect(pageToPath('/columns/fazhi', 2)).toBe('/columns/fazhi/2/');
  });
});

describe('groupedPagePaths', () => {
  test('returns one path per page of each group, page 1 without a number', () => {
    const groups = [
      { slug: 'a', items: [1, 2, 3] },
      { slug: 'b', items: [] as number[] },
    ];
    const paths = groupedPagePaths(
      groups,
      (g) => g.slug,
      (g) => g.items,
      2,
    );
    expect(paths.map((p) => [p.params.slug, p.params.page, p.slice.items])).toEqual([
      ['a', undefined, [1, 2]],
      ['a', '2', [3]],
      ['b', undefined, []],
    ]);
  });
});
