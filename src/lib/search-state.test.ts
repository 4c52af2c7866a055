import { describe, expect, test } from 'vitest';
import { mergeFacetCounts, paramsToState, stateToPagefindFilters, stateToParams } from './search-state.ts';

describe('paramsToState', () => {
  test('reads the query, filters and sort, ignoring unknown values', () => {
    const state = paramsToState(new URLSearchParams('q=%20监察法%20&column=法治&year=2023&sort=oldest&foo=1'));
    expect(state).toEqual({ q: '监察法', sort: 'relevance', filters: { column: '法治', year: '2023' } });
  });
});

describe('stateToParams', () => {
  test('round-trips and leaves defaults out', () => {
    const params = stateToParams({ q: '河长制', sort: 'date', filters: { source: '示范日报' } });
    expect(params.toString()).toBe('q=%E6%B2%B3%E9%95%BF%E5%88%B6&source=%E7%A4%BA%E8%8C%83%E6%97%A5%E6%8A%A5&sort=date');
    expect(paramsToState(params)).toEqual({ q: '河长制', sort: 'date', filters: { source: '示范日报' } });
  });
});

describe('stateToPagefindFilters', () => {
  test('maps URL parameters to the Chinese filter names', () => {
    expect(stateToPagefindFilters({ q: '', sort: 'relevance', filters: { column: '法治', year: '2024' } })).toEqual({
      栏目: ['法治'],
      年份: ['2024'],
    });
  });
});

describe('mergeFacetCounts', () => {
  test('adds the extras to Pagefind counts and drops zero counts', () => {
    const merged = mergeFacetCounts({ 栏目: { 要闻: 2, 法治: 0 } }, [{ 栏目: ['要闻'], 年份: ['2024'] }, { 栏目: ['民生'] }]);
    expect(merged).toEqual({ 栏目: { 要闻: 3, 民生: 1 }, 年份: { 2024: 1 } });
  });
});
