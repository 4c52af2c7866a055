import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articlesRenderedElsewhere, partialArticleIds, type PagePlan } from './partial-build.ts';

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
