import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Nodes as HastNode } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { rehypeSanitizeHtml } from './rehype-sanitize-html.ts';

/** The Markdown part of Astro's pipeline, with our sanitiser where Astro runs user rehype plugins. */
export async function renderMarkdown(markdown: string, path = 'article.md'): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeSanitizeHtml)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path }));
  return String(file);
}

/** Anything that could run script in a reader's browser, in serialised form. */
export const EXECUTABLE =
  /<(script|iframe|object|embed|form|base|meta|style|svg|link)\b|\son[a-z]+\s*=|javascript:|vbscript:|data:text|expression\(/i;

const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'base',
  'meta',
  'style',
  'svg',
  'math',
  'link',
  'frame',
  'frameset',
]);

/** What a browser would find executable in `html`, parsed as a browser parses it; [] when safe. */
export function executableParts(html: string): string[] {
  const found: string[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element') {
      if (DANGEROUS_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(key)) found.push(`${key}=`);
        if (key === 'style') found.push('style=');
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (
          /^(href|src|action|formAction|xLinkHref|data|srcDoc)$/i.test(key) &&
          /^\s*(javascript|vbscript|data:text)/i.test(text.replace(/[\s\u0000-\u001f]/g, ''))
        ) {
          found.push(`${key}=${text}`);
        }
      }
    }
    if ('children' in node) for (const child of node.children as HastNode[]) walk(child);
  };
  walk(fromHtml(html, { fragment: true }) as HastNode);
  return found;
}

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
  ];

  test('no mix of hostile fragments and Chinese text leaves anything executable', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), fc.string({ maxLength: 20 }), async (parts, noise) => {
        const html = await renderMarkdown(parts.join(noise.replace(/[<>]/g, '')));
        expect(executableParts(html)).toEqual([]);
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
