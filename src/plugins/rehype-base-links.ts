import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface BaseLinksOptions {
  /** The deploy base, e.g. `/` or `/news/`. */
  base?: string;
}

const URL_PROPERTIES: Readonly<Record<string, string>> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Editors and the importer write site links from the root (`/columns/yaowen/`,
 * `/attachments/2024/04/x/a.pdf`); under a sub-path deploy they must start with the base.
 * Protocol-relative (`//host`) and already-prefixed links are left alone.
 */
export function rehypeBaseLinks({ base = '/' }: BaseLinksOptions = {}) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return (tree: Root): void => {
    if (prefix === '') return;
    visit(tree, 'element', (node: Element) => {
      const property = URL_PROPERTIES[node.tagName];
      if (!property) return;
      const value = node.properties[property];
      if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return;
      if (value === prefix || value.startsWith(`${prefix}/`)) return;
      node.properties[property] = `${prefix}${value}`;
    });
  };
}
