import type { Heading, Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isChromeLine } from './chrome.ts';
import { isLabelLine } from './labels.ts';

/** A paragraph of running text: long enough and punctuated like a sentence. */
export function isProseText(text: string): boolean {
  const t = text.trim();
  // a short sentence counts when it ends like one (益水之阳，是名益阳。)
  return (t.length >= 6 && /[。！？]$/u.test(t)) || (t.length >= 12 && /[。！？；…]|[，,].*[，,。]/u.test(t));
}

/** Where an article may start: a sentence, or a salutation such as `各位代表：` that opens a speech. */
function isLeadStart(text: string): boolean {
  const t = text.trim();
  return isProseText(t) || /^[\p{Script=Han}、，\s]{2,20}[:：]$/u.test(t);
}

/** A photo credit or caption line: `……。山东女子学院供图`, `新华社记者 张三 摄`. */
function isCaption(text: string): boolean {
  return /(?:供图|摄|图片来源[:：].*|（.{0,20}摄）|\(.{0,20}摄\))$/u.test(text.trim()) && text.trim().length <= 120;
}

/** `（责任编辑：张三）` run on at the end of the last sentence. */
const TRAILING_EDITOR = /\s*[（(【[]\s*(?:责任编辑|责编|编辑)\s*[:：][^）)】\]]{0,24}[）)】\]]\s*$/u;

function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  const tail = out[out.length - 1];
  if (tail?.type === 'text' && TRAILING_EDITOR.test(tail.value))
    out[out.length - 1] = { ...tail, value: tail.value.replace(TRAILING_EDITOR, '') };
  // a bold dateline (新华社北京5月19日电) is layout, not emphasis: unwrap it so the sentence reads on
  const lead = out[0];
  if (lead?.type === 'strong' && out.length > 1) out.splice(0, 1, ...lead.children);
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^[\s\u00a0\u3000]+/u, '') };
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (last?.type === 'text') out[lastIndex] = { ...last, value: last.value.replace(/[\s\u00a0\u3000]+$/u, '') };
  return out.filter((c) => !(c.type === 'text' && c.value === ''));
}

/** Splits paragraphs at `<br>` line breaks, the way many CMS pages separate paragraphs. */
function splitAtBreaks(node: Paragraph): Paragraph[] {
  const parts: PhrasingContent[][] = [[]];
  for (const child of node.children) {
    if (child.type === 'break') parts.push([]);
    else parts[parts.length - 1]?.push(child);
  }
  return parts
    .map((children) => ({ type: 'paragraph' as const, children: trimPhrasing(children) }))
    .filter((p) => toString(p).trim() !== '' || p.children.some((c) => c.type === 'image'));
}

/** A paragraph that is only bold text, short and unpunctuated, is a subheading of the original. */
function boldToHeading(node: Paragraph): Heading | Paragraph {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const text = toString(node).trim();
  if (only?.type === 'strong' && text.length <= 40 && !/[。！？；]$/u.test(text)) {
    return { type: 'heading', depth: 2, children: only.children };
  }
  return node;
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'link',
  'image',
  'break',
  'inlineCode',
  'delete',
  'linkReference',
  'imageReference',
]);

/** A container whose text sits directly in it (`<td>text<br>text</td>`) converts to bare phrasing: wrap it in paragraphs. */
function wrapPhrasing(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.length > 0) out.push({ type: 'paragraph', children: run });
    run = [];
  };
  for (const node of nodes) {
    if (PHRASING.has(node.type)) run.push(node as PhrasingContent);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}

function flatten(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of wrapPhrasing(nodes)) {
    if (node.type === 'paragraph') {
      for (const p of splitAtBreaks(node)) {
        const images = p.children.filter((c): c is Image => c.type === 'image');
        const rest = p.children.filter((c) => c.type !== 'image' && !(c.type === 'text' && !c.value.trim()));
        // an image alone in its paragraph stays; an image inside a sentence is lifted out before it
        for (const img of images) out.push({ type: 'paragraph', children: [img] });
        if (rest.length > 0) out.push(boldToHeading({ type: 'paragraph', children: trimPhrasing(rest) }));
      }
    } else if (node.type === 'heading') out.push({ ...node, depth: node.depth <= 2 ? 2 : 3 });
    else out.push(node);
  }
  return out;
}

/** A list or table made only of links: related articles, more news, not the article. */
function isLinkFarm(node: RootContent): boolean {
  if (node.type !== 'list' && node.type !== 'table') return false;
  const text = toString(node).replace(/\s+/gu, '');
  let linked = '';
  const visit = (n: RootContent | PhrasingContent | { type: string; children?: unknown[] }) => {
    if (n.type === 'link') linked += toString(n as RootContent).replace(/\s+/gu, '');
    else if ('children' in n && Array.isArray(n.children)) for (const c of n.children) visit(c as RootContent);
  };
  visit(node);
  return text.length > 0 && linked.length / text.length > 0.8;
}

/** Share buttons, QR codes and logos are images too; none of them is part of the article. */
function isWidgetImage(node: RootContent): boolean {
  const image = node.type === 'paragraph' ? node.children[0] : undefined;
  if (image?.type !== 'image') return false;
  return /share|weibo|weixin|wechat|qrcode|qr_code|erweima|ewm|logo|icon|分享|二维码|扫一扫/iu.test(
    `${image.url} ${image.title ?? ''} ${image.alt ?? ''}`,
  );
}

const isImageBlock = (node: RootContent) =>
  node.type === 'paragraph' && node.children.length > 0 && node.children.every((c) => c.type === 'image');

export interface TidyOptions {
  /** The article title: a line repeating it is dropped. */
  title: string | undefined;
}

/**
 * Tidies the converted body: paragraphs split at line breaks, furniture and label lines
 * removed, and the lines above the first paragraph (repeated title, deck, byline) dropped.
 * Images and captions that stood above the first paragraph move just below it, so the
 * body starts with the article's first sentence.
 */
export function tidyBlocks(tree: Root, { title }: TidyOptions): Root {
  const squash = (s: string) => s.replace(/\s+/gu, '');
  const titleKey = title ? squash(title) : undefined;
  const blocks = flatten(tree.children).filter((node) => {
    if (node.type === 'thematicBreak' || node.type === 'html' || isLinkFarm(node)) return false;
    const text = toString(node).trim();
    if (isImageBlock(node)) return !isWidgetImage(node);
    if (!text) return node.type === 'table';
    if (node.type === 'paragraph' || node.type === 'heading') {
      if (isChromeLine(text) || (isLabelLine(text) && !isProseText(text)) || /^[【[(（]?原标?题[:：]/u.test(text)) return false;
      if (titleKey && squash(text) === titleKey) return false;
    }
    return true;
  });
  blocks.forEach((node, i) => {
    const next = blocks[i + 1];
    const image = isImageBlock(node) && node.type === 'paragraph' ? node.children[0] : undefined;
    // the caption under a photo is also its text alternative
    if (image?.type === 'image' && !image.alt && next?.type === 'paragraph' && isCaption(toString(next))) image.alt = toString(next).trim();
  });
  const firstProse = blocks.findIndex(
    (node) => node.type === 'paragraph' && !isImageBlock(node) && isLeadStart(toString(node)) && !isCaption(toString(node)),
  );
  if (firstProse <= 0) return { type: 'root', children: blocks };
  const lead = blocks.slice(0, firstProse);
  const moved: RootContent[] = [];
  lead.forEach((node, i) => {
    const prev = lead[i - 1];
    if (isImageBlock(node)) moved.push(node);
    else if (prev && isImageBlock(prev) && node.type === 'paragraph' && isCaption(toString(node))) moved.push(node);
  });
  const [first, ...rest] = blocks.slice(firstProse);
  return { type: 'root', children: first ? [first, ...moved, ...rest] : moved };
}
