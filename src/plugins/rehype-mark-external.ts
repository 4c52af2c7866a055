import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface MarkExternalOptions {
  /** Host of this site; links to it are internal. */
  siteHost?: string | undefined;
}

/**
 * Marks links that leave the site: `rel="external nofollow noopener noreferrer"` and
 * `data-external`, so that styles can show an icon and the print stylesheet the address.
 * Reprints link to third parties the site does not vouch for, hence `nofollow`.
 */
export function rehypeMarkExternal(options: MarkExternalOptions = {}) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      let host: string;
      try {
        host = new URL(href).host;
      } catch {
        return;
      }
      if (host === options.siteHost) return;
      node.properties['rel'] = ['external', 'nofollow', 'noopener', 'noreferrer'];
      node.properties['dataExternal'] = '';
    });
  };
}
