import type { Element, Nodes, Parents, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** Parses an HTML page into a hast tree (comments kept so that they can be dropped on purpose). */
export function parseHtml(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

export function isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/** True when an element is one of the named tags (not a type guard, for nodes already known to be elements). */
export function hasTag(el: Element, ...names: string[]): boolean {
  return names.includes(el.tagName);
}

/** `class` and `id` as one string, for matching page-furniture names like `share` or `footer`. */
export function classAndId(node: Element): string {
  const cls = node.properties['className'];
  const classes = Array.isArray(cls) ? cls.join(' ') : typeof cls === 'string' ? cls : '';
  const id = node.properties['id'];
  return `${classes} ${typeof id === 'string' ? id : ''}`.trim();
}

/** Visits every element, parents first; return `false` from `visit` to skip its children. */
export function walkElements(node: Parents, visit: (el: Element, parent: Parents) => boolean | void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (visit(child, node) === false) continue;
    walkElements(child, visit);
  }
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'option', 'textarea']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'title',
]);

/** Plain text of a node, block elements on their own lines, scripts and styles left out. */
export function textLines(node: Nodes): string[] {
  const out: string[] = [''];
  const walk = (n: Nodes) => {
    if (n.type === 'text') out[out.length - 1] += n.value;
    else if (n.type === 'element' || n.type === 'root') {
      if (n.type === 'element' && SKIP.has(n.tagName)) return;
      const block = n.type === 'element' && BLOCK.has(n.tagName);
      if (block) out.push('');
      for (const c of n.children) walk(c);
      if (block) out.push('');
    }
  };
  walk(node);
  return out.map((l) => l.replace(/[\s\u00a0\u3000]+/gu, ' ').trim()).filter(Boolean);
}

/** Text of a node on one line. */
export function textOf(node: Nodes): string {
  return textLines(node).join(' ');
}
