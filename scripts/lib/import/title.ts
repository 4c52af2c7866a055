import type { Root } from 'hast';
import { classAndId, hasTag, textOf, walkElements } from './hast-helpers.ts';
import { metaValue, type PageMeta } from './page-meta.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

/**
 * Removes the site name that `<title>` and `og:title` append: `标题_新闻频道_中国青年网`,
 * `标题--经济·科技--人民网`, `标题 - 要闻云南 - 云南日报网`, `标题-中国科普网`. A hyphen
 * inside a title (`2023-2024`) stays: only separators followed by a short, digit-free tail go.
 */
export function stripSiteSuffix(title: string): string {
  let t = title.replace(/\s+/gu, ' ').trim();
  for (;;) {
    const m = /^(.*[^\s-])\s*(?:_|\||｜|--|\s-\s|-)\s*([^_|｜\-—]{1,30})$/u.exec(t);
    if (!m?.[1] || !m[2]) return t;
    const tail = m[2];
    if (/\d{2}/u.test(tail) && !/网|\.(?:com|cn|org)/iu.test(tail)) return t;
    // a site name is shorter than the headline it follows: `中国政府网 - 国务院常务会议召开` keeps its tail
    if (squash(m[1]).length < 4 || squash(tail).length > squash(m[1]).length) return t;
    t = m[1].trim();
  }
}

/** Headline-like elements of the page: h1–h3 and elements whose class or id says title. */
function headingTexts(tree: Root): string[] {
  const out: string[] = [];
  walkElements(tree, (el) => {
    if (hasTag(el, 'head', 'script', 'style')) return false;
    const named = /(?:^|[\s_-])(?:title|tit|bt|headline|article-?title|news_?title|detail_?tit)(?:$|[\s_-])/iu.test(classAndId(el));
    if (hasTag(el, 'h1', 'h2', 'h3') || named) {
      const text = textOf(el);
      if (text.length >= 4 && text.length <= 120) out.push(text);
    }
    return undefined;
  });
  return out;
}

/**
 * The article's headline, not the `<title>` with the site name. Candidates: `<title>` and
 * `og:title` without their suffix, TRS `ArticleTitle`, and headline elements. A suffix-free
 * `<title>` that a headline element confirms (equal, or its first line) wins, so a two-line
 * headline keeps its subtitle; otherwise the TRS meta, then the first `<h1>`.
 */
export function chooseTitle(tree: Root, meta: PageMeta, lines: readonly string[] = []): string | undefined {
  const elements = headingTexts(tree);
  const shownLines = lines.filter((l) => l.length >= 4 && l.length <= 120);
  const fromTag = meta.title ? stripSiteSuffix(meta.title) : undefined;
  const fromOg = metaValue(meta, 'og:title', 'twitter:title');
  const fromTrs = metaValue(meta, 'articletitle', 'title') ?? meta.jsonLd.headline;
  const candidates = [fromTag, fromOg ? stripSiteSuffix(fromOg) : undefined].filter((c): c is string => !!c && squash(c).length >= 4);
  const equal = (texts: readonly string[], c: string) => texts.some((h) => squash(h) === squash(c));
  // a headline element saying the same, or starting it (a two-line headline split into title and subtitle)
  for (const c of candidates) if (equal(elements, c)) return c;
  for (const c of candidates) {
    const key = squash(c);
    if (elements.some((h) => key.startsWith(squash(h)) && squash(h).length >= Math.min(8, key.length / 2))) return c;
  }
  if (fromTrs && (equal(elements, fromTrs) || equal(shownLines, fromTrs))) return fromTrs;
  // the title only as a line of text (old table layouts put it in <font> or <b>)
  for (const c of candidates) if (equal(shownLines, c)) return c;
  for (const c of candidates) {
    const key = squash(c);
    if (elements.some((h) => squash(h).includes(key))) return c;
  }
  // a title of the form 站点名_标题: a separated part that the page shows
  const parts = (meta.title ?? '').split(/\s*(?:_|\||｜|--|\s-\s)\s*/u).filter((p) => squash(p).length >= 6);
  const shown = parts.find((p) => equal(elements, p) || equal(shownLines, p));
  if (shown) return shown;
  return fromTrs ?? elements.find((h) => h.length >= 6) ?? candidates[0];
}
