import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' });

/** Serialises an article body with remark-stringify: `##` headings, `-` bullets, GFM tables, a final newline. */
export function mdastToMarkdown(tree: Root): string {
  if (tree.children.length === 0) return '';
  return processor.stringify(tree);
}
