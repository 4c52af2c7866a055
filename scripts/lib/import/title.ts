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
  // `标题——示例网`: a dash opens subtitles too, so only a site's name goes after one
  let t = title
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\s*—{1,2}\s*[^—\s]{2,12}(?:网|网站|门户)$/u, '');
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

/** How section, office and site names end: 新闻频道, 要闻, 示例市人民政府, 应急管理局, 办公室, 中国青年网. */
const OFFICE_END =
  /(?:网|网站|频道|首页|栏目|专题|专栏|要闻|新闻|资讯|动态|正文|政府|委员会|委|局|厅|办|办公室|部|处|科|中心|院|站|日报|晚报|社|台|门户|公开|之窗|在线|平台|客户端)$/u;
/** Separators that only sites put between headline and section; `——` may open a subtitle, so names after it must end like an office. */
const EXPLICIT = /^(?:_|\||｜|丨|--|-|::)$/u;
const SEPARATOR = /\s*(?:_|\||｜|丨|--|——|\s-\s|-|::)\s*|\s+/gu;

/** A part after the headline that names a section, an office or the site, never a subtitle. */
function isTailPart(part: string, explicit: boolean): boolean {
  const p = squash(part);
  if (p.length < 2 || p.length > 24 || /[。！？，、：；“”"《》（）()!?,]/u.test(p)) return false;
  if (/^[A-Za-z0-9.-]+\.(?:com|cn|org|net|gov)(?:\.cn)?$/iu.test(p)) return true;
  return explicit ? !/\d{4}[-年]\d/u.test(p) : OFFICE_END.test(p);
}

/**
 * Every way `title` splits into a headline and trailing section, office or site names, shortest
 * headline first: `通知_政策文件_示例省发改委` → `通知`, `通知_政策文件`; `通知 示例市应急管理局` → `通知`.
 * After a space only names ending like an office or site (局, 办公室, 政府, 网) count.
 */
export function trailingSectionSplits(title: string): string[] {
  const text = title.replace(/\s+/gu, ' ').trim();
  const out: string[] = [];
  // a headline is short; a hostile <title> of many thousand words is not split at each of them
  if (text.length > 300) return out;
  for (const m of text.matchAll(SEPARATOR)) {
    const head = text.slice(0, m.index).trim();
    if (squash(head).length < 4 || (head.match(/\p{Script=Han}/gu)?.length ?? 0) < 2) continue;
    const rest = text.slice(m.index);
    const seps = [...rest.matchAll(SEPARATOR)];
    const parts = rest.split(SEPARATOR).filter((p) => p.trim() !== '');
    const allExplicit = seps.every((sep) => EXPLICIT.test(sep[0].trim()));
    if (parts.length > 0 && parts.every((p) => isTailPart(p, allExplicit))) out.push(head);
  }
  return out;
}

/** A heading with its office or section after an explicit separator (`标题 | 示例市应急管理局`): the headline. */
function explicitSplit(heading: string): string | undefined {
  return trailingSectionSplits(heading).find((h) => {
    const sep = heading.slice(h.length).trimStart()[0] ?? '';
    return EXPLICIT.test(sep);
  });
}

/** Headline-like elements of the page: h1–h3 and elements whose class or id says title; `h1` lists the `<h1>`s alone. */
function headingTexts(tree: Root): { all: string[]; h1: string[] } {
  const all: string[] = [];
  const h1: string[] = [];
  walkElements(tree, (el) => {
    if (hasTag(el, 'head', 'script', 'style')) return false;
    const named = /(?:^|[\s_-])(?:title|tit|bt|headline|article-?title|news_?title|detail_?tit)(?:$|[\s_-])/iu.test(classAndId(el));
    if (hasTag(el, 'h1', 'h2', 'h3') || named) {
      const text = textOf(el);
      if (text.length >= 4 && text.length <= 120) all.push(text);
      if (text.length >= 4 && text.length <= 120 && hasTag(el, 'h1')) h1.push(text);
    }
    return undefined;
  });
  return { all, h1 };
}

/**
 * The article's headline, not the `<title>` with the site name. Candidates: `<title>` and
 * `og:title` without their suffix, TRS `ArticleTitle`, and headline elements. A suffix-free
 * `<title>` that a headline element confirms (equal, or its first line) wins, so a two-line
 * headline keeps its subtitle; otherwise the TRS meta, then the first `<h1>`.
 */
export function chooseTitle(tree: Root, meta: PageMeta, lines: readonly string[] = []): string | undefined {
  const { all: elements, h1 } = headingTexts(tree);
  const shownLines = lines.filter((l) => l.length >= 4 && l.length <= 120);
  const fromTag = meta.title ? stripSiteSuffix(meta.title) : undefined;
  const fromOg = metaValue(meta, 'og:title', 'twitter:title');
  const fromTrs = metaValue(meta, 'articletitle', 'title') ?? meta.jsonLd.headline;
  const candidates = [fromTag, fromOg ? stripSiteSuffix(fromOg) : undefined].filter((c): c is string => !!c && squash(c).length >= 4);
  const equal = (texts: readonly string[], c: string) => texts.some((h) => squash(h) === squash(c));
  // a headline element saying the same, or starting it (a two-line headline split into title and subtitle)
  for (const c of candidates) if (equal(elements, c)) return c;
  // the headline that the page shows, followed in <title> by section or office names (`标题_2024两会_示例网`, `标题 示例市应急管理局`)
  for (const shown of [elements, shownLines]) {
    for (const raw of [meta.title, fromOg]) {
      // the part after a site name that comes first is the headline, when the page shows it as one
      const splits = raw
        ? trailingSectionSplits(raw).filter((h) => !equal(elements, raw.slice(h.length).replace(/^[\s_|｜丨-]+/u, '')))
        : [];
      const head = splits.find((h) => equal(shown, h));
      if (head) return head;
    }
  }
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
  // an e-paper puts the 引题 (h3) above the headline (h1): the h1 is the headline
  const heading = h1.find((h) => h.length >= 6) ?? elements.find((h) => h.length >= 6);
  return fromTrs ?? (heading ? (explicitSplit(heading) ?? heading) : candidates[0]);
}
