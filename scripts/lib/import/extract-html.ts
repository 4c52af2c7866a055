import type { Root as MdastRoot } from 'mdast';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'mdast-util-to-string';
import { breadcrumbToCategory } from './category.ts';
import { readClassFields } from './class-fields.ts';
import { cleanContentRoot } from './clean-tree.ts';
import { findContentRoot } from './content-root.ts';
import { metaDateToArticleDate, urlToDate } from './dates.ts';
import { enpPropertyDate, isEpaperPage, linkedIssueDate, mastheadDate } from './epaper.ts';
import { hasTag, parseHtml, textLines, walkElements } from './hast-helpers.ts';
import { firstAccepted } from './interface-words.ts';
import { metaValue, readPageMeta } from './page-meta.ts';
import { findAuthor, findRegions, firstHeaderDate, readLabels } from './scan-fields.ts';
import { datelineSource, takeClosingSource } from './text-sources.ts';
import { chooseTitle } from './title.ts';
import { isProseText, tidyBlocks } from './tidy-blocks.ts';
import type { ArticleDraft, ExtractContext } from './types.ts';

/** `<!-- saved from url=(0066)http://… -->`, which browsers write into saved pages. */
function savedFromUrl(html: string): string | undefined {
  return /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/iu.exec(html.slice(0, 2000))?.[1];
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const SAFE_SCHEME = /^(mailto|tel):/i;

/**
 * Makes link and image URLs absolute against the page. A link whose URL is neither http(s),
 * mailto, tel nor relative (`javascript:`, `data:`, `vbscript:`) is replaced by its text, and
 * such an image is dropped: the article never carries them, even before the site sanitises it.
 */
function resolveUrls(tree: MdastRoot, base: string | undefined): void {
  type Node = MdastRoot | MdastRoot['children'][number];
  const visit = (node: Node) => {
    if (!('children' in node)) return;
    const kept: Node[] = [];
    for (const child of node.children as Node[]) {
      if (child.type === 'image' || child.type === 'link') {
        const url = child.url.trim();
        // A relative URL with no base stays relative: it may name a file saved beside the page.
        const relative = !/^[a-z][a-z0-9+.-]*:/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));
        const resolved = absolute(url, base) ?? (SAFE_SCHEME.test(url) || relative ? url : undefined);
        if (resolved === undefined) {
          if (child.type === 'link') for (const inner of child.children) kept.push(inner);
          continue;
        }
        child.url = resolved;
      }
      visit(child);
      kept.push(child);
    }
    (node as { children: Node[] }).children = kept;
  };
  visit(tree);
}

/** The first date found; when it has no time, the time of another candidate on the same day. */
export function preferTime(candidates: readonly (string | undefined)[]): string | undefined {
  const found = candidates.filter((c): c is string => c !== undefined);
  const first = found[0];
  if (!first || first.length > 10) return first;
  return found.find((c) => c.startsWith(first) && c.length > 10) ?? first;
}

/** Extracts an article from a saved or fetched HTML page. */
export function extractFromHtml(html: string, ctx: ExtractContext): ArticleDraft {
  const tree = parseHtml(html);
  const meta = readPageMeta(tree);
  let bodyNode: Parameters<typeof textLines>[0] = tree;
  walkElements(tree, (el) => {
    if (hasTag(el, 'body')) bodyNode = el;
  });
  const lines = textLines(bodyNode);
  const title = chooseTitle(tree, meta, lines);
  const pageUrl = ctx.url ?? savedFromUrl(html);
  const canonical = absolute(meta.canonical, pageUrl) ?? absolute(metaValue(meta, 'og:url'), pageUrl);
  const baseHref = (() => {
    let href: string | undefined;
    walkElements(tree, (el) => {
      if (hasTag(el, 'base') && typeof el.properties['href'] === 'string') href ??= el.properties['href'];
    });
    return href;
  })();
  const base = absolute(baseHref, pageUrl ?? canonical) ?? pageUrl ?? canonical;

  const root = findContentRoot(tree);
  const mdast = root ? (toMdast(cleanContentRoot(root)) as MdastRoot) : ({ type: 'root', children: [] } as MdastRoot);
  const body = tidyBlocks(mdast, { title });
  resolveUrls(body, base);
  const closing = takeClosingSource(body);

  const prose = body.children.filter((n) => n.type === 'paragraph').map((n) => toString(n));
  const firstText = prose.find((t) => isProseText(t)) ?? prose[0] ?? '';
  const lastText = prose[prose.length - 1] ?? '';
  const { header, footer } = findRegions(lines, title, firstText, lastText);
  const labels = readLabels([...header, ...footer]);

  const byClass = readClassFields(tree);
  const metaDate = metaValue(
    meta,
    'pubdate',
    'publishdate',
    'article:published_time',
    'og:release_date',
    'og:published_time',
    'publish_date',
    'publish-date',
    'publishtime',
    'pubtime',
    'datepublished',
    'dc.date',
    'dc.date.issued',
    'firstpublishedtime',
  );
  const date = preferTime([
    metaDate ? metaDateToArticleDate(metaDate) : undefined,
    meta.jsonLd.datePublished ? metaDateToArticleDate(meta.jsonLd.datePublished) : undefined,
    enpPropertyDate(html),
    labels.date,
    firstHeaderDate(header),
    byClass.date,
    urlToDate(canonical ?? pageUrl ?? ''),
    mastheadDate([meta.title ?? '', ...lines], canonical ?? pageUrl),
    isEpaperPage([meta.title ?? '', ...lines], canonical ?? pageUrl) ? linkedIssueDate(tree) : undefined,
  ]);
  const metaSource = metaValue(meta, 'contentsource', 'source')?.replace(/^来源[:：]\s*/u, '');
  // a dateline set apart in bold above the text is a header line, not part of the first paragraph
  const dateline = datelineSource(firstText) ?? header.map((l) => (l.length <= 40 ? datelineSource(l) : undefined)).find(Boolean);
  const source = firstAccepted([labels.source, closing, metaSource, byClass.source, dateline]);
  const author = firstAccepted([labels.author, findAuthor(header, footer, firstText, lastText), byClass.author]);
  const editor = labels.editor ?? readLabels(lines.slice(lines.length > 0 ? -60 : 0)).editor;
  const originalUrl = canonical ?? labels.originalUrl ?? pageUrl;
  // TRS pages name their column in a meta tag too; either counts only when it is one of ours
  const metaColumn = metaValue(meta, 'columnname', 'columndescription', 'column');
  const category =
    breadcrumbToCategory(lines.slice(0, Math.max(60, lines.indexOf(header[0] ?? '') + 1)), ctx.columns) ??
    (metaColumn !== undefined && ctx.columns.includes(metaColumn) ? metaColumn : undefined) ??
    ctx.category;

  return {
    title: title ?? null,
    date: date ?? null,
    source: source ?? null,
    author: author ?? null,
    originalUrl: originalUrl ?? null,
    editor: editor ?? null,
    category: category ?? null,
    body,
    baseUrl: base ?? null,
    originalTitle: labels.originalTitle !== undefined && labels.originalTitle !== title ? labels.originalTitle : undefined,
  };
}
