import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/lib/check/index.ts';
import { startDesk, type Desk } from '../../scripts/lib/cms/servers.ts';
import { titleToSlug } from '../../src/lib/title-slug.ts';
import { ROOT } from '../setup/paths.ts';
import { launchChromium, watchConsole } from './harness.ts';

/** The seed article of the demo content, as it is in the repository. */
const SEED = 'content/articles/2024/04/anshan-wenming-chengshi.md';

let repo: string;
let desk: Desk;
let browser: Browser;

/** Free ports on 127.0.0.1, all held open until every one is known so that none repeats. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((done, fail) => {
          const server = createServer();
          server.once('error', fail);
          server.listen(0, '127.0.0.1', () => done(server));
        }),
    ),
  );
  const ports = servers.map((s) => {
    const address = s.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  return ports;
}

beforeAll(async () => {
  // A throw-away checkout: the desk writes here, never to the repository's content/.
  repo = mkdtempSync(join(tmpdir(), 'zhuanzai-desk-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  const [sitePort = 0, proxyPort = 0] = await freePorts(2);
  desk = await startDesk({ projectRoot: ROOT, repo, contentDir: join(repo, 'content'), sitePort, proxyPort });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await desk?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Opens the desk in Beijing time (where a UTC date would fall on the previous day) and logs in locally. */
async function openDesk(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(`${desk.siteUrl}admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '文章', level: 1 }).count()).resolves.toBe(1);
  return { page, problems };
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await page.getByText('已发布', { exact: false }).first().waitFor();
}

describe('the editors’ desk in local mode', () => {
  test('creates an article through the form at YYYY/MM/<pinyin>.md with the typed date, and it passes the check', async () => {
    const { page, problems } = await openDesk();
    await page.getByRole('link', { name: '创建“文章”类型的内容' }).click();
    const title = '我市召开“清廉建设”推进会';
    await page.getByRole('textbox', { name: '标题', exact: true }).fill(title);
    // 07:30 in Beijing is the previous day in UTC: the file must still go to 2024/05.
    await page.getByRole('textbox', { name: '发布时间', exact: true }).fill('2024-05-01 07:30');
    await page.getByRole('combobox', { name: '来源' }).click();
    await page.getByRole('option', { name: '新华社', exact: true }).click();
    await page.getByRole('textbox', { name: '原文链接', exact: true }).fill('https://www.news.cn/politics/2024-05/01/c_1.htm');
    await page.getByRole('combobox', { name: '栏目' }).click();
    await page.getByRole('option', { name: '廉政舆情', exact: true }).click();
    // The Markdown editor is the form's last text box (Decap gives it no accessible name).
    await page.getByRole('textbox').last().click();
    await page.keyboard.type('推进会在市委召开。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('会议要求深化清廉建设。');
    // The preview is the article page's template: the 发布时间/来源/作者 line and 原文链接.
    const preview = page.locator('iframe').last().contentFrame();
    await expect(preview.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(preview.getByText('发布时间：2024-05-01').count()).resolves.toBe(1);
    await expect(preview.getByText('来源：新华社').count()).resolves.toBe(1);
    await expect(preview.getByText('作者：佚名').count()).resolves.toBe(1);
    await expect(preview.getByRole('link', { name: 'https://www.news.cn/politics/2024-05/01/c_1.htm' }).count()).resolves.toBe(1);
    await publish(page);

    const slug = titleToSlug(title);
    expect(slug).toBe('wo-shi-zhao-kai-qing-lian');
    const file = join(repo, `content/articles/2024/05/${slug}.md`);
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '---',
        `title: ${title}`,
        'date: 2024-05-01 07:30',
        'source: 新华社',
        'originalUrl: https://www.news.cn/politics/2024-05/01/c_1.htm',
        'category: 廉政舆情',
        'author: 佚名',
        '---',
        '',
        '推进会在市委召开。',
        '',
        '会议要求深化清廉建设。',
        '',
      ].join('\n'),
    );
    const checked = await checkContent({ contentDir: join(repo, 'content'), root: repo });
    expect(checked.problems).toEqual([]);
    expect(checked.articles.map((a) => a.id)).toContain(`2024/05/${slug}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('saves the seed article byte for byte when a field is changed and changed back, and one line when one field changes', async () => {
    const file = join(repo, SEED);
    const original = readFileSync(join(ROOT, SEED), 'utf8');
    writeFileSync(file, original);
    const { page, problems } = await openDesk();
    await page.getByRole('link', { name: /播下“文明种”/ }).click();
    const author = page.getByRole('textbox', { name: '作者 (可选)', exact: true });
    await expect(author.inputValue()).resolves.toBe('佚名');
    // Changed and changed back: Decap saves the entry, and the file must not change.
    await author.fill('佚名 ');
    await author.fill('佚名');
    await page.getByRole('textbox', { name: '责任编辑 (可选)', exact: true }).fill('x');
    await page.getByRole('textbox', { name: '责任编辑 (可选)', exact: true }).fill('');
    await publish(page);
    expect(readFileSync(file, 'utf8')).toBe(original);

    // Read back from the file, then change one field.
    await page.reload();
    await expect(author.inputValue()).resolves.toBe('佚名');
    await author.fill('王五');
    await publish(page);
    expect(readFileSync(file, 'utf8')).toBe(original.replace('\nauthor: 佚名\n', '\nauthor: 王五\n'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('saves an uploaded image beside the article, where the importer puts images', async () => {
    const file = join(repo, SEED);
    writeFileSync(file, readFileSync(join(ROOT, SEED)));
    const png = join(repo, 'tu.png');
    // A 1×1 PNG.
    writeFileSync(
      png,
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
    );
    const { page, problems } = await openDesk();
    await page.getByRole('link', { name: /播下“文明种”/ }).click();
    await expect(page.getByRole('textbox', { name: '作者 (可选)', exact: true }).inputValue()).resolves.toBe('佚名');
    await page.getByRole('textbox').last().click();
    await page.keyboard.press('Control+End');
    const image = page.getByRole('menuitem', { name: 'Image' });
    // The toolbar's menu opens once the editor has taken the focus.
    await expect
      .poll(async () => {
        if (!(await image.isVisible())) await page.getByRole('button', { name: '添加组件' }).click();
        return image.isVisible();
      })
      .toBe(true);
    await image.click();
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.getByRole('heading', { name: '图片', level: 1 }).waitFor();
    // Decap's upload button opens a file chooser; its input is hidden.
    await page.locator('input[type=file]').setInputFiles(png);
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await publish(page);
    expect(readFileSync(join(repo, 'content/articles/2024/04/anshan-wenming-chengshi/tu.png'))).toEqual(readFileSync(png));
    const saved = readFileSync(file, 'utf8');
    const original = readFileSync(join(ROOT, SEED), 'utf8');
    // Inserted once, where the caret was (the end, unless the editor took the keys before it had
    // the focus): the frontmatter is as it was, and so is the text but for the blank lines around it.
    expect(saved.split('![](anshan-wenming-chengshi/tu.png)')).toHaveLength(2);
    const frontmatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);
    expect(frontmatter(saved)).toBe(frontmatter(original));
    const without = saved.replace('![](anshan-wenming-chengshi/tu.png)', '');
    expect(without.replace(/\s+/gu, '')).toBe(original.replace(/\s+/gu, ''));
    const checked = await checkContent({ contentDir: join(repo, 'content'), root: repo });
    expect(checked.problems).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
