import { describe, expect, test } from 'vitest';
import { siteBase } from './site.ts';

describe('siteBase', () => {
  test.each([
    [{ base: '/news/' }, { SITE_BASE: '/preview/' }, '/preview/'],
    [{ base: '/news/' }, {}, '/news/'],
    [{}, {}, '/'],
  ])('%j with %j is %s', (site, env, expected) => {
    expect(siteBase(site, env)).toBe(expected);
  });
});
