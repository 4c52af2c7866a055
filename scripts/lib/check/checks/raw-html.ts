import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { articleSanitizeSchema } from '../../../../src/plugins/rehype-sanitize-html.ts';
import type { ContentProblem } from '../../../../src/schemas/problems.ts';

const allowedTags = new Set(articleSanitizeSchema.tagNames ?? []);
const parser = unified().use(remarkParse);

function offending(el: Element): string | undefined {
  if (!allowedTags.has(el.tagName)) return `<${el.tagName}>`;
  for (const [name, value] of Object.entries(el.properties)) {
    if (/^on/iu.test(name)) return `${name.toLowerCase()}= on <${el.tagName}>`;
    if (name === 'style') return `style= on <${el.tagName}>`;
    if (typeof value === 'string' && /^\s*(?:javascript|vbscript|data:text)/iu.test(value))
      return `${name}="${value.slice(0, 20)}…" on <${el.tagName}>`;
  }
  return undefined;
}

function walk(node: HastRoot | Element, found: string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const bad = offending(child);
    if (bad) found.push(bad);
    walk(child, found);
  }
}

/**
 * Raw HTML in a body outside the site's sanitising allowlist (script, iframe, style,
 * event handlers, `javascript:` URLs). The build drops it; the checker says where, so that
 * the editor knows what readers will not see.
 */
export function checkRawHtml(file: string, body: string, bodyLine: number): ContentProblem[] {
  if (!/<[a-z!/]/iu.test(body)) return [];
  const problems: ContentProblem[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'html') {
      const html = node as Html;
      const found: string[] = [];
      walk(fromHtml(html.value, { fragment: true }), found);
      if (found.length > 0) {
        problems.push({
          file,
          field: 'body',
          // the build's sanitiser removes it, so the page is safe: a warning that content will be lost
          severity: 'warning',
          line: bodyLine + (html.position?.start.line ?? 1) - 1,
          column: html.position?.start.column ?? 1,
          message: `正文含有不允许的 HTML：${[...new Set(found)].join(', ')}。Raw HTML outside the allowlist is removed from the page: delete it, or write it as Markdown.`,
        });
      }
    }
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(parser.parse(body));
  return problems;
}
