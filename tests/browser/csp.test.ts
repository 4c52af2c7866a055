import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inlineScriptHashes } from '../../src/integrations/host-headers.ts';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '../../src/lib/host-rules.ts';
import { DEMO_DIST, FIXTURE_DIST } from '../setup/paths.ts';
import { launchChromium, serveDist, watchConsole, type StaticServer } from './harness.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDist(FIXTURE_DIST, '/', { hostHeaders: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pages served with the _headers rules', () => {
  test.each(['', 'articles/2024/03/shuiku-jiagu/', 'columns/yaowen/2/', 'columns/tongzhi/'])(
    '/%s loads under the enforced CSP without violations',
    async (path) => {
      const page = await browser.newPage();
      const problems = watchConsole(page);
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy(inlineScriptHashes(FIXTURE_DIST)));
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});

describe('the search page served with the _headers rules', () => {
  test('runs a query with Pagefind WebAssembly under the enforced CSP', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    const response = await page.goto(`${server.url}search/?q=${encodeURIComponent('青石岭水库')}`);
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
    await expect(page.locator('#search-results > li a').first().getAttribute('href')).resolves.toBe('/articles/2024/03/shuiku-jiagu/');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the editors’ desk served with the _headers rules', () => {
  test('loads the CMS under its own enforced CSP without violations and offers the git host’s login', async () => {
    const demo = await serveDist(DEMO_DIST, '/', { hostHeaders: true });
    const page = await browser.newPage();
    const problems = watchConsole(page);
    try {
      const response = await page.goto(`${demo.url}admin/`);
      expect(response?.headers()['content-security-policy']).toBe(adminContentSecurityPolicy(['https://api.github.com']));
      expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
      await page.getByRole('button', { name: /GitHub/u }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await demo.close();
    }
  });
});
