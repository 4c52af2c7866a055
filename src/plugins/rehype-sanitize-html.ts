import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

/**
 * The allowlist for article bodies: GitHub's schema (no script, style, iframe, form, event
 * handlers; only http, https, mailto and relative URLs), plus what reprints need: ids on
 * headings for anchors, figure captions, table alignment, and `data:` only for images.
 */
export const articleSanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  // GFM task-list checkboxes are not news; `input` would otherwise let forms leave controls behind.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'input'), 'figure', 'figcaption', 'u', 'mark', 'small', 'abbr', 'cite'],
  // Elements whose text is code, not prose: dropped with their content.
  strip: [...(defaultSchema.strip ?? []), 'style', 'textarea', 'select', 'noscript', 'template'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id'), 'id', 'title', 'lang'],
    img: [...(defaultSchema.attributes?.['img'] ?? []), 'loading', 'decoding'],
    td: [...(defaultSchema.attributes?.['td'] ?? []), 'colSpan', 'rowSpan'],
    th: [...(defaultSchema.attributes?.['th'] ?? []), 'colSpan', 'rowSpan', 'scope'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https', 'data'],
  },
};

const DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif);base64,/i;

/**
 * Sanitises the body: raw HTML in Markdown is parsed into the tree first (Astro only does
 * that after user plugins), then everything outside the allowlist is dropped. `data:` URLs
 * survive only as raster images on `<img src>`. MDX files are left to `npm run check`.
 */
export function rehypeSanitizeHtml() {
  return (tree: Root, file: VFile): Root => {
    // MDX is code, reviewed like code: `npm run check` polices its imports and scripts.
    if (file.path?.endsWith('.mdx')) return tree;
    // hast-util-raw re-parses the whole tree through parse5, a third of the plugin's time: only
    // when the Markdown holds raw HTML (a tree without `raw` nodes comes back the same).
    const parsed = hasRaw(tree) ? (raw(tree) as Root) : tree;
    const clean = sanitize(parsed, articleSanitizeSchema) as Root;
    dropNonImageDataUrls(clean);
    return clean;
  };
}

function hasRaw(node: Root | Root['children'][number]): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some(hasRaw);
}

function dropNonImageDataUrls(node: Root | Root['children'][number]): void {
  if (node.type === 'element') {
    const src = node.properties['src'];
    if (typeof src === 'string' && src.startsWith('data:') && !(node.tagName === 'img' && DATA_IMAGE.test(src))) {
      delete node.properties['src'];
    }
  }
  if ('children' in node) for (const child of node.children) dropNonImageDataUrls(child);
}
