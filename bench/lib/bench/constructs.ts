import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isPlainProse } from '../../../src/lib/simple-markdown.ts';

/**
 * Which Markdown constructs an article body carries, counted the way the benchmark corpus is
 * compared with what the importer writes from real pages (`npm run bench:constructs -- <folder>`).
 */
export interface BodyConstructs {
  headings: number;
  images: number;
  /** Images followed by a short paragraph (≤ 80 characters): the caption the importer keeps under a photo. */
  captionedImages: number;
  /** Links other than images and the 附件 list's own. */
  links: number;
  lists: number;
  strong: number;
  emphasis: number;
  tables: number;
  blockquotes: number;
  /** A `## 附件` heading followed by a list, as the importer writes a page's attachments. */
  attachments: boolean;
  /** Only paragraphs and headings (`isPlainProse` in src/lib/simple-markdown.ts). */
  plainProse: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm);
const CAPTION_MAX = 80;

/** Visits `node` and what is below it, except below a node for which `visit` returns false. */
function walk(node: Nodes, visit: (n: Nodes) => boolean): void {
  if (visit(node) && 'children' in node) for (const child of node.children) walk(child, visit);
}

const onlyImage = (n: RootContent | undefined) =>
  n?.type === 'paragraph' &&
  n.children.length > 0 &&
  n.children.every((c) => c.type === 'image' || (c.type === 'text' && c.value.trim() === ''));

/** Counts the constructs of one Markdown body (no frontmatter). */
export function bodyConstructs(body: string): BodyConstructs {
  const tree = parser.parse(body) as Root;
  const counts: BodyConstructs = {
    headings: 0,
    images: 0,
    captionedImages: 0,
    links: 0,
    lists: 0,
    strong: 0,
    emphasis: 0,
    tables: 0,
    blockquotes: 0,
    attachments: false,
    plainProse: isPlainProse(body),
  };
  const top = tree.children;
  let attachmentList: Nodes | undefined;
  top.forEach((block, i) => {
    const next = top[i + 1];
    if (block.type === 'heading' && toString(block).trim() === '附件' && next?.type === 'list') {
      counts.attachments = true;
      attachmentList = next;
    }
    if (onlyImage(block) && next?.type === 'paragraph' && !onlyImage(next) && toString(next).length <= CAPTION_MAX)
      counts.captionedImages += 1;
  });
  // The 附件 list's own list and links are the attachments, not a list or links of the text.
  walk(tree, (n) => {
    if (n === attachmentList) return false;
    if (n.type === 'heading') counts.headings += 1;
    else if (n.type === 'link') counts.links += 1;
    else if (n.type === 'image') counts.images += 1;
    else if (n.type === 'list') counts.lists += 1;
    else if (n.type === 'strong') counts.strong += 1;
    else if (n.type === 'emphasis') counts.emphasis += 1;
    else if (n.type === 'table') counts.tables += 1;
    else if (n.type === 'blockquote') counts.blockquotes += 1;
    return true;
  });
  return counts;
}

export type ConstructName = keyof BodyConstructs;
const NAMES: readonly ConstructName[] = [
  'headings',
  'images',
  'captionedImages',
  'links',
  'lists',
  'strong',
  'emphasis',
  'tables',
  'blockquotes',
  'attachments',
  'plainProse',
];

/** How many bodies carry each construct at least once. */
export function tallyBodies(bodies: readonly string[]): { bodies: number } & Record<ConstructName, number> {
  const tally = { bodies: bodies.length, ...(Object.fromEntries(NAMES.map((name) => [name, 0])) as Record<ConstructName, number>) };
  for (const body of bodies) {
    const c = bodyConstructs(body);
    for (const name of NAMES) if (c[name] === true || (typeof c[name] === 'number' && c[name] > 0)) tally[name] += 1;
  }
  return tally;
}
