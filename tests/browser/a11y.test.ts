import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasPage } from '../setup/dist.ts';
import { DEMO_DIST, FIXTURE_DIST } from '../setup/paths.ts';
import { launchChromium, serveDist, watchConsole, type StaticServer } from './harness.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let fixture: StaticServer;
let demo: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  fixture = await serveDist(FIXTURE_DIST);
  demo = await serveDist(DEMO_DIST);
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await demo?.close();
});

/** A context whose pages start with the reader's saved preferences, as after a visit with the toolbar. */
async function contextWith(prefs: Prefs, width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript((p) => {
    if (p.size) localStorage.setItem('zz-size', p.size);
    if (p.contrast) localStorage.setItem('zz-contrast', '1');
  }, prefs);
  return context;
}

/** axe-core's WCAG 2.1 A/AA and best-practice rules; each violation as `rule: target`. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const PAGES: [string, string][] = [
  ['home', ''],
  ['article', 'articles/2024/03/shuiku-jiagu/'],
  ['article with a hostile title', 'articles/2024/03/yinhao-biaoti/'],
  ['column', 'columns/yaowen/2/'],
  ['columns index', 'columns/'],
  ['source', 'sources/shifan-xian/'],
  ['sources index', 'sources/'],
  ['archive', 'archive/'],
  ['archive month', 'archive/2023/01/2/'],
  ['tags index', 'tags/'],
  ['tag', 'tags/shui-li/'],
  ['404', 'no/such/page/'],
  // The search page comes with the search feature; audited whenever the build has one.
  ...(hasPage(FIXTURE_DIST, '/search/') ? ([['search with results', 'search/?q=%E6%B0%B4%E5%BA%93']] as [string, string][]) : []),
];
type Prefs = { size?: 'l' | 's'; contrast?: boolean };
const MODES: [string, Prefs][] = [
  ['normal', {}],
  ['high contrast + large type', { size: 'l', contrast: true }],
];

describe.each(MODES)('axe-core in %s mode', (_mode, prefs) => {
  test.each(PAGES)('the %s page has 0 violations', async (_name, path) => {
    const context = await contextWith(prefs);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${fixture.url}${path}`);
    // The search page's results (and their highlighted words) arrive after load: audit them, not an empty list.
    if (path.startsWith('search/')) await page.waitForSelector('#search-results .search-result mark');
    expect(await page.evaluate(() => document.documentElement.className)).toBe(prefs.contrast ? 'fs-l hc js' : 'js');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
    await context.close();
  });

  test('the article page with the 分享 QR panel open has 0 violations', async () => {
    const context = await contextWith(prefs);
    const page = await context.newPage();
    await page.goto(`${fixture.url}articles/2024/03/shuiku-jiagu/`);
    await page.getByText('分享', { exact: true }).click();
    await expect(page.getByRole('img', { name: '本页网址二维码' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test('the demo article has 0 violations', async () => {
    const context = await contextWith(prefs);
    const page = await context.newPage();
    await page.goto(`${demo.url}articles/2024/04/anshan-wenming-chengshi/`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the axe harness', () => {
  test('reports a violation when there is one', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.url}articles/2024/03/shuiku-jiagu/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      img.id = 'no-alt';
      document.querySelector('main')?.append(img);
    });
    expect(await axeViolations(page)).toEqual(['image-alt: #no-alt']);
    await page.close();
  });
});
