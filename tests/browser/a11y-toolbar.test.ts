import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_DIST } from '../setup/paths.ts';
import { launchChromium, serveDist, watchConsole, type StaticServer } from './harness.ts';

let browser: Browser;
let site: StaticServer;
const ARTICLE = 'articles/2024/03/shuiku-jiagu/';

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveDist(FIXTURE_DIST);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const bodySize = (page: Page) =>
  page
    .locator('.article-body p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const pressed = (page: Page) =>
  page.locator('.toolbar button[aria-pressed="true"]').evaluateAll((buttons) => buttons.map((b) => b.textContent));

describe('字号 and 高对比度', () => {
  test('are keyboard operable, remembered across pages, and applied before the body is parsed', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    // Records <html>'s classes when <body> first appears: a class added later would flash.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { classesAtBody: string }).classesAtBody = document.documentElement.className;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${site.url}${ARTICLE}`);
    expect(await bodySize(page)).toBe(18);
    expect(await pressed(page)).toEqual(['中']);

    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大' }).focus();
    await page.keyboard.press('Enter');
    expect(await bodySize(page)).toBe(22);
    expect(await pressed(page)).toEqual(['大']);
    await page.getByRole('button', { name: '高对比度' }).focus();
    await page.keyboard.press('Space');
    expect(await pressed(page)).toEqual(['大', '高对比度']);
    const colors = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

    await page.goto(`${site.url}articles/2024/03/yinhao-biaoti/`);
    expect(await page.evaluate(() => (window as unknown as { classesAtBody: string }).classesAtBody)).toBe('fs-l hc js');
    expect(await bodySize(page)).toBe(22);
    expect(await pressed(page)).toEqual(['大', '高对比度']);

    await page.getByRole('button', { name: '小' }).click();
    await page.getByRole('button', { name: '高对比度' }).click();
    await page.goto(`${site.url}columns/yaowen/`);
    expect(await page.evaluate(() => document.documentElement.className)).toBe('fs-s js');
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each([360, 1280])('changing the size at %ipx moves nothing above the text and never scrolls sideways', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.url}${ARTICLE}`);
    const big = page.getByRole('button', { name: '大' });
    const before = await big.boundingBox();
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    await big.click();
    expect(await big.boundingBox()).toEqual(before);
    expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });

  test('a page loaded in large type has no layout shift', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => {
      localStorage.setItem('zz-size', 'l');
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${ARTICLE}`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await context.close();
  });
});

describe('keyboard and touch', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content, with a visible focus ring', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${ARTICLE}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    const ring = await skip.evaluate((a) => {
      const s = getComputedStyle(a);
      return [s.outlineStyle, s.outlineWidth, a.getBoundingClientRect().top >= 0];
    });
    expect(ring).toEqual(['solid', '3px', true]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test.each([
    [360, ARTICLE],
    [360, 'columns/yaowen/2/'],
    [1280, ARTICLE],
  ])('at %ipx every control on %s is at least 44px tall, and buttons 44px wide', async (width, path) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.url}${path}`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('a, button, summary')]
        // Links inside running text (article body, the disclaimer) are inline targets, exempt in WCAG 2.5.8.
        .filter((el) => !el.closest('.article-body, .skip-link') && !el.classList.contains('skip-link'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 24))
        .map(({ el, r }) => `${el.textContent?.trim()} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    const buttons = await page
      .locator('.toolbar button:visible, .toolbar summary')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width >= 44));
    expect(buttons.every(Boolean)).toBe(true);
    await page.close();
  });
});

describe('分享', () => {
  test.each([320, 1280])('at %ipx the QR panel opens from the keyboard inside the viewport', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.url}${ARTICLE}`);
    await page.locator('.share summary').focus();
    await page.keyboard.press('Enter');
    const qr = page.getByRole('img', { name: '本页网址二维码' });
    expect(await qr.isVisible()).toBe(true);
    const box = await page.locator('.share-panel').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });
});

describe('打印', () => {
  test('the print stylesheet hides the site chrome and toolbar, and shows the original and page URLs', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${ARTICLE}`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumb', '.toolbar', '.prev-next', '.related', '.browse-nav']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.original-link').innerText()).toBe('原文链接：https://daily.example.org/news/2024/0312/qingshiling.html');
    expect(await page.locator('.print-only').innerText()).toBe('本文网址：https://fixture.example.cn/articles/2024/03/shuiku-jiagu/');
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
    await page.close();
  });

  test('the 打印 button opens the print dialog', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${ARTICLE}`);
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset['printed'] = 'yes';
      };
    });
    await page.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => document.body.dataset['printed'])).toBe('yes');
    await page.close();
  });
});

describe('without JavaScript', () => {
  test('the buttons that need a script are hidden, and 分享 still opens its QR code', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${ARTICLE}`);
    expect(await page.locator('.toolbar button:visible').count()).toBe(0);
    await page.getByText('分享', { exact: true }).click();
    expect(await page.getByRole('img', { name: '本页网址二维码' }).isVisible()).toBe(true);
    await context.close();
  });
});
