import type { Element, Parents, Root } from 'hast';
import { classAndId, hasTag, isElement, textOf, walkElements } from './hast-helpers.ts';

/** Names of containers that hold page furniture, never the article. */
const FURNITURE =
  /(^|[\s_-])(nav|menu|footer|foot|header|sidebar|side|comment|share|related|recommend|hot|rank|breadcrumb|crumb|copyright|banner|ad|ads|login|search|toolbar|links?)([\s_-]|$)/i;
/** Names that article containers carry on CMS templates (TRS, 方正, WordPress …). */
const ARTICLE = /trs_editor|article|content|detail|main-?text|maintext|text|zw|con-?text|post|entry|story|body/i;

const PUNCT = /[，。、；！？：“”]/gu;

function ownText(el: Element): string {
  let text = '';
  for (const c of el.children) {
    if (c.type === 'text') text += c.value;
    else if (isElement(c, 'a', 'span', 'strong', 'b', 'em', 'i', 'font', 'u', 'sub', 'sup', 'br', 'img')) text += textOf(c);
  }
  return text.replace(/\s+/gu, '');
}

function linkDensity(el: Element): number {
  const total = textOf(el).replace(/\s+/gu, '').length;
  if (total === 0) return 1;
  let links = 0;
  walkElements(el, (child) => {
    if (hasTag(child, 'a')) {
      links += textOf(child).replace(/\s+/gu, '').length;
      return false;
    }
    return undefined;
  });
  return links / total;
}

function isProseBlock(el: Element): boolean {
  const text = ownText(el);
  return text.length >= 20 && (text.match(PUNCT)?.length ?? 0) >= 2 && !FURNITURE.test(classAndId(el));
}

/**
 * A lead paragraph set apart from the rest (`<p class="lead">` beside `<div class="text">`)
 * belongs to the article: when a sibling of the chosen element holds running text, its
 * parent is the article, provided the parent is not mostly links.
 */
function widenToSiblings(best: Element, parents: Map<Element, Parents>): Element {
  const parent = parents.get(best);
  if (!parent || parent.type !== 'element' || hasTag(parent, 'body', 'html')) return best;
  const siblings = parent.children.filter((c): c is Element => c.type === 'element' && c !== best);
  if (!siblings.some(isProseBlock)) return best;
  return linkDensity(parent) < 0.3 && !FURNITURE.test(classAndId(parent)) ? parent : best;
}

/**
 * Finds the element that holds the article text, in the manner of Readability: every block
 * of running Chinese text scores its parent (and half to its grandparent) by its length and
 * punctuation; furniture names and link-heavy blocks lose. Falls back to `<body>`.
 */
export function findContentRoot(tree: Root): Element | undefined {
  const scores = new Map<Element, number>();
  const parents = new Map<Element, Parents>();
  walkElements(tree, (el, parent) => {
    parents.set(el, parent);
    if (hasTag(el, 'script', 'style', 'noscript', 'head')) return false;
    if (!hasTag(el, 'p', 'div', 'td', 'section', 'article', 'font', 'span', 'pre', 'li')) return undefined;
    const text = ownText(el);
    if (text.length < 20) return undefined;
    const punct = text.match(PUNCT)?.length ?? 0;
    if (punct < 2) return undefined;
    const score = 1 + punct + Math.min(Math.floor(text.length / 100), 3);
    const owner = hasTag(el, 'p', 'span', 'font', 'li') && parent.type === 'element' ? parent : el;
    scores.set(owner, (scores.get(owner) ?? 0) + score);
    const grand = parents.get(owner);
    if (grand && grand.type === 'element') scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
    return undefined;
  });
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const names = classAndId(el);
    let score = raw * (1 - linkDensity(el));
    if (FURNITURE.test(names)) score *= 0.3;
    if (ARTICLE.test(names)) score *= 1.25;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best) return widenToSiblings(best, parents);
  let body: Element | undefined;
  walkElements(tree, (el) => {
    if (hasTag(el, 'body')) body = el;
  });
  return body;
}
