import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_DIST, FIXTURE_DIST } from '../setup/paths.ts';
import { launchChromium, serveDist, watchConsole, type StaticServer } from './harness.ts';

let browser: Browser;
let demo: StaticServer;
let fixture: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  demo = await serveDist(DEMO_DIST);
  fixture = await serveDist(FIXTURE_DIST);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await fixture?.close();
});

describe('the seed reprint in Chromium', () => {
  test('shows its title, source, author and date, links the original, and keeps the console clean', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${demo.url}articles/2024/04/anshan-wenming-chengshi/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      '播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实',
    );
    const meta = (await page.locator('.article-meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toBe('发布时间：2024-04-18 来源：中共辽宁省委组织部 作者：佚名');
    const original = page.getByRole('link', { name: 'https://lndj.gov.cn/portaluploads/html/info/50012.html' });
    await expect(original.getAttribute('href')).resolves.toBe('https://lndj.gov.cn/portaluploads/html/info/50012.html');
    await expect(page.locator('.article-body p').first().textContent()).resolves.toBe('播下“文明种”，盛开“幸福花”。');
    await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual([
      '健全机制确保创建常态长效',
      '崇德向善文明风尚沁润人心',
      '创建为民城市面貌蝶变焕新',
      '“创城”成绩单',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('is reached from the home page and the 廉政舆情 column through plain links', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(demo.url);
    await page.getByRole('navigation', { name: '栏目导航' }).getByRole('link', { name: '廉政舆情' }).click();
    await page.waitForURL(`${demo.url}columns/lianzheng-yuqing/`);
    await page.getByRole('link', { name: '播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实' }).click();
    await page.waitForURL(`${demo.url}articles/2024/04/anshan-wenming-chengshi/`);
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '廉政舆情' }).click();
    await page.waitForURL(`${demo.url}columns/lianzheng-yuqing/`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('reading on a phone', () => {
  test('at 320px the body text is at least 18px with line-height at least 1.75 and nothing scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${demo.url}articles/2024/04/anshan-wenming-chengshi/`);
    const style = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => {
        const s = getComputedStyle(p);
        return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
      });
    expect(style.size).toBeGreaterThanOrEqual(18);
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.75);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });
});

describe('hostile content in Chromium', () => {
  test('runs no script and opens no dialog', async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${fixture.url}articles/2024/04/hostile-html/`);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).resolves.toBe(false);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    expect(problems.filter((p) => p.startsWith('dialog') || p.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });
});

describe('navigation', () => {
  test('the pager moves between column pages with plain links', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.url}columns/yaowen/`);
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '下一页' }).click();
    await page.waitForURL(`${fixture.url}columns/yaowen/2/`);
    await page.getByRole('navigation', { name: '分页' }).getByRole('link', { name: '尾页' }).click();
    await page.waitForURL(`${fixture.url}columns/yaowen/3/`);
    await expect(page.locator('main .list li').count()).resolves.toBe(5);
    await page.close();
  });

  test('an unknown URL gets the 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${fixture.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('页面不存在（404）');
    await page.close();
  });
});
