import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { EXECUTABLE, executableParts, renderMarkdown } from '../../tests/setup/html-safety.ts';
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { articleProcessor } from './markdown-processor.ts';
import { articleSanitizeSchema, rehypeSanitizeHtml } from './rehype-sanitize-html.ts';

const site = articleProcessor({ base: '/news/', siteHost: 'www.example.cn' }).createRenderer({ syntaxHighlight: false });

const FIXTURES = join(import.meta.dirname, 'fixtures');
const update = process.env['UPDATE_FIXTURES'] === '1';

describe('rehypeSanitizeHtml fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(`${name}: matches output.html and keeps nothing executable`, async () => {
      const html = await renderMarkdown(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
      const expected = join(FIXTURES, name, 'output.html');
      if (update || !existsSync(expected)) writeFileSync(expected, html);
      expect(html).toBe(readFileSync(expected, 'utf8'));
      expect(html).not.toMatch(EXECUTABLE);
      expect(executableParts(html)).toEqual([]);
    });
  }
});

describe('rehypeSanitizeHtml', () => {
  test('leaves MDX trees alone (MDX is policed by npm run check)', async () => {
    const tree = { type: 'root' as const, children: [] };
    const out = rehypeSanitizeHtml()(tree, new VFile({ path: 'a.mdx' }));
    expect(out).toBe(tree);
  });

  test('gives Markdown without raw HTML the tree hast-util-raw would (it skips that pass)', () => {
    const markdown = [
      '## 小标题 *强调*',
      '',
      '正文<http://example.cn/a>，[链接](javascript:alert(1)) 与 ![图](./a.png "题")。',
      '',
      '| 项目 | 数量 |',
      '| :-- | --: |',
      '| 养老 | 3 |',
      '',
      '- 一\n- 二',
      '',
      '```',
      'if (a < b) {}',
      '```',
    ].join('\n');
    const pipeline = (plugin: () => (tree: Root, file: VFile) => Root) =>
      unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(plugin).use(rehypeStringify);
    const throughRaw = () => (tree: Root) => sanitize(raw(tree), articleSanitizeSchema) as Root;
    const html = String(pipeline(rehypeSanitizeHtml).processSync(markdown));
    expect(html).toBe(String(pipeline(throughRaw).processSync(markdown)));
    expect(html).toContain('<td align="right">3</td>');
  });

  test('keeps raster data: images and drops other data: URLs', async () => {
    const html = await renderMarkdown('<img src="data:image/png;base64,AAAA" alt="a"><img src="data:image/svg+xml;base64,AAAA" alt="b">');
    expect(html).toBe('<p><img src="data:image/png;base64,AAAA" alt="a"><img alt="b"></p>');
  });
});

describe('executableParts', () => {
  test('names scripts, handlers and script URLs in unsanitised HTML', () => {
    expect(executableParts('<script>x</script><a href=" java\tscript:x" onclick="y">a</a><p style="color:red">b</p>')).toEqual([
      '<script>',
      'href= java\tscript:x',
      'onClick=',
      'style=',
    ]);
  });
});

describe('rehypeSanitizeHtml properties', () => {
  const fragments = [
    '<script>alert(1)</script>',
    '<ScRiPt>x</sCrIpT>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '<a href="javascript:alert(1)">a</a>',
    '<a href="&#106;avascript:alert(1)">b</a>',
    '<a href="java\tscript:alert(1)">c</a>',
    '<iframe srcdoc="<script>x</script>">',
    '<object data=x>',
    '<embed src=x>',
    '<form><button formaction=javascript:alert(1)>d</button></form>',
    '<base href=//evil.example>',
    '<meta http-equiv=refresh content="0;url=//evil.example">',
    '<p style="x:expression(alert(1))">e</p>',
    '<div onclick="alert(1)">f</div>',
    '<a href="data:text/html,x">g</a>',
    '<math><mi xlink:href="javascript:alert(1)">h</mi></math>',
    '<link rel=stylesheet href=//evil.example/x.css>',
    '<!-- <script>x</script> -->',
    '[i](javascript:alert(1))',
    '![j](javascript:alert(1))',
    '<details open ontoggle=alert(1)>',
    '<',
    '>',
    '"',
    '\n\n',
    '正文，',
    '“引号”',
    '**强调**',
    '[链接](https://www.gov.cn/a?b=1&c=2)',
    '![图](/images/a.jpg "题")',
    '- 列表',
    '| 表 |\n| - |',
  ];

  test('no mix of hostile fragments and Chinese text leaves anything executable', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), fc.string({ maxLength: 20 }), async (parts, noise) => {
        const body = parts.join(noise.replace(/[<>]/g, ''));
        expect(executableParts(await renderMarkdown(body))).toEqual([]);
        // The site's renderer too, whose fast path writes simple Markdown itself (src/lib/simple-markdown.ts).
        const { code } = await (await site).render(body, { frontmatter: {} });
        expect(executableParts(code)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary text never makes the sanitiser throw', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const html = await renderMarkdown(text);
        expect(executableParts(html)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
