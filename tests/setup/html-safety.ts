import type { Nodes as HastNode } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeSanitizeHtml } from '../../src/plugins/rehype-sanitize-html.ts';

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
