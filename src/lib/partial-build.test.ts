import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articlesRenderedElsewhere, keptListRoutes, partialArticleIds, rendersListRoute, type PagePlan } from './partial-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const planEnv = (name: string, plan: PagePlan) => {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return { ZHUANZAI_BUILD_PLAN: file };
};

describe('partialArticleIds', () => {
  test('returns undefined without a plan (astro build, astro dev) and for a full plan', () => {
    expect(partialArticleIds({})).toBeUndefined();
    expect(partialArticleIds(planEnv('full', { kind: 'full' }))).toBeUndefined();
  });

  test('returns the ids of a partial plan, and none for a lists plan', () => {
    expect(partialArticleIds(planEnv('partial', { kind: 'partial', ids: ['2024/01/a'] }))).toEqual(new Set(['2024/01/a']));
    expect(partialArticleIds(planEnv('lists', { kind: 'lists', ids: ['2024/01/a'] }))).toEqual(new Set());
  });
});

describe('articlesRenderedElsewhere', () => {
  test('returns the ids of a lists plan only', () => {
    expect(articlesRenderedElsewhere(planEnv('lists2', { kind: 'lists', ids: ['2024/01/a', '2024/02/b'] }))).toEqual([
      '2024/01/a',
      '2024/02/b',
    ]);
    expect(articlesRenderedElsewhere(planEnv('partial2', { kind: 'partial', ids: ['2024/01/a'] }))).toEqual([]);
    expect(articlesRenderedElsewhere({})).toEqual([]);
  });
});

describe('rendersListRoute', () => {
  const routes = ['/columns/yaowen/', '/columns/yaowen/2/', '/tags/fang-xun/', '/columns/yaowen/rss.xml', '/sources/new/'];

  test('returns false for the routes a partial plan keeps, true for those it renders and those it does not name', () => {
    const env = planEnv('routes', {
      kind: 'partial',
      ids: [],
      lists: true,
      listRoutes: { render: ['/columns/yaowen/', '/columns/yaowen/rss.xml'], keep: ['/columns/yaowen/2/', '/tags/fang-xun/'] },
    });
    expect(routes.map((r) => rendersListRoute(r, env))).toEqual([true, false, false, true, true]);
    expect([...keptListRoutes(env)]).toEqual(['/columns/yaowen/2/', '/tags/fang-xun/']);
  });

  test('returns true for every route of a full or lists plan, false for every route of a partial plan without lists', () => {
    expect(routes.map((r) => rendersListRoute(r, {}))).toEqual([true, true, true, true, true]);
    expect(routes.map((r) => rendersListRoute(r, planEnv('lists3', { kind: 'lists', ids: [] })))).toEqual([true, true, true, true, true]);
    const pagesOnly = planEnv('pages-only', { kind: 'partial', ids: ['2024/01/a'], lists: false });
    expect(routes.map((r) => rendersListRoute(r, pagesOnly))).toEqual([false, false, false, false, false]);
    expect(keptListRoutes(pagesOnly).size).toBe(0);
  });
});
