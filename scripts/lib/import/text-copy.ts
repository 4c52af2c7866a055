import type { Root, RootContent } from 'mdast';
import { restoreFullWidthPunctuation } from '../../../src/lib/punctuation.ts';
import { breadcrumbToCategory } from './category.ts';
import { isChromeLine } from './chrome.ts';
import { findDate, urlToDate } from './dates.ts';
import { findAuthorInText } from './bylines.ts';
import { isLabelLine, readLabelledLine } from './labels.ts';
import { firstAccepted } from './interface-words.ts';
import { readLabels } from './scan-fields.ts';
import { datelineSource, takeClosingSource } from './text-sources.ts';
import type { ArticleDraft, ExtractContext } from './types.ts';

const BREADCRUMB = /^(?:当前所在|当前位置|您的位置|所在位置)|^首页\s*(?:>|›|»)/u;
/** The end of the article in a text copy: 原文链接, the disclaimer, or the site footer. */
const END = /^(?:原文链接|原文地址|\[?免责声明|【免责声明】|本站部分信息|版权所有|主办|联系电话|相关(?:新闻|阅读|链接)|上一篇|下一篇)/u;

/** A short line without sentence punctuation between paragraphs: a subheading of the original. */
function isHeadingLine(line: string): boolean {
  if (/^[一二三四五六七八九十]{1,3}、[^。！？；，,.!?;:：]{1,28}$/u.test(line)) return true;
  return (
    line.length <= 30 &&
    !/[。！？；，：,.!?;:、]/u.test(line) &&
    !/^\d+$/u.test(line) &&
    // photo credits and (完) are not headings
    !/(?:摄|供图)$|^[（(].*[）)]$/u.test(line)
  );
}

/** `新华网 > 时政 > 正文`: a breadcrumb without the 当前所在 label. */
function isCrumbLine(line: string): boolean {
  return line.length <= 60 && /\S\s*(?:>|>>|›|»)\s*\S/u.test(line) && /正文|首页/u.test(line);
}

/** A headline: mostly Chinese, not a date, label, widget or sentence. */
function isTitleLike(line: string): boolean {
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 4 && line.length <= 90 && !/[。！？]$/u.test(line) && !isLabelLine(line) && !isChromeLine(line) && !isCrumbLine(line);
}

/**
 * Reads a plain-text copy of a page (select all, copy, paste). Recognises the site header,
 * the 当前所在 breadcrumb, the title, the 发布时间/来源/作者 line, the body, 原文链接, the
 * disclaimer and the footer. Half-width `,:;()!` next to Chinese become full-width.
 */
export function extractFromText(text: string, ctx: ExtractContext): ArticleDraft {
  const lines = text
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  const trimmed = lines.map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, ''));
  const breadcrumbIndex = trimmed.findIndex((l, i) => i < 150 && (BREADCRUMB.test(l) || isCrumbLine(l)));
  const metaIndex = trimmed.findIndex(
    (l, i) => i > breadcrumbIndex && i < 200 && Object.keys(readLabelledLine(l)).some((k) => k !== 'editor'),
  );

  // the headline: the nearest headline-like line above the 发布时间/来源 line, else below it
  let titleIndex = -1;
  if (metaIndex >= 0) {
    for (let i = metaIndex - 1; i > breadcrumbIndex && i >= metaIndex - 4; i--) {
      if (isTitleLike(trimmed[i] ?? '')) {
        titleIndex = i;
        break;
      }
    }
    if (titleIndex < 0) titleIndex = trimmed.findIndex((l, i) => i > metaIndex && i <= metaIndex + 6 && isTitleLike(l));
  }
  if (titleIndex < 0) titleIndex = trimmed.findIndex((l, i) => i > breadcrumbIndex && l !== '');
  const title = titleIndex >= 0 ? (trimmed[titleIndex] ?? '') : '';
  // the header block ends at the first line that is none of: empty, label, date, widget, the title again
  let bodyStart = Math.max(metaIndex, titleIndex) + 1;
  while (bodyStart < trimmed.length) {
    const l = trimmed[bodyStart] ?? '';
    const header = l === '' || l === title || isChromeLine(l) || (isLabelLine(l) && !/[。！？]/u.test(l)) || /^[\d\s:/-]+$/u.test(l);
    if (!header) break;
    bodyStart++;
  }
  let bodyEnd = trimmed.findIndex((l, i) => i >= bodyStart && END.test(l));
  if (bodyEnd < 0) bodyEnd = trimmed.length;

  // label lines inside the text (责任编辑：…, 来源：…) are read, then left out of the body
  const inBodyLabels: string[] = [];
  const paragraphs = trimmed.slice(bodyStart, bodyEnd).filter((l) => {
    if (l === '') return false;
    if (isLabelLine(l) && l.length < 60) {
      inBodyLabels.push(l);
      return false;
    }
    return !isChromeLine(l);
  });
  const blocks: RootContent[] = paragraphs.map((line, i) => {
    const value = restoreFullWidthPunctuation(line);
    const between = i > 0 && i < paragraphs.length - 1;
    return between && isHeadingLine(line)
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] }
      : { type: 'paragraph', children: [{ type: 'text', value }] };
  });
  const body: Root = { type: 'root', children: blocks };
  const closing = takeClosingSource(body);

  const tail = trimmed.slice(bodyEnd, bodyEnd + 6);
  const metaLine = metaIndex >= 0 ? (trimmed[metaIndex] ?? '') : '';
  const headerLines = trimmed.slice(Math.max(0, Math.min(metaIndex, titleIndex) - 3), bodyStart);
  const labels = readLabels([metaLine, ...headerLines, ...tail, ...inBodyLabels]);
  const cleanTitle = title ? restoreFullWidthPunctuation(title) : undefined;
  const originalUrl = labels.originalUrl ?? ctx.url;
  const prose = blocks.filter((b) => b.type === 'paragraph').map((b) => (b.children[0]?.type === 'text' ? b.children[0].value : ''));
  const author = firstAccepted([labels.author, findAuthorInText(prose[0] ?? '', prose[prose.length - 1] ?? '')]);
  const category = (breadcrumbIndex >= 0 ? breadcrumbToCategory([trimmed[breadcrumbIndex] ?? ''], ctx.columns) : undefined) ?? ctx.category;

  return {
    title: cleanTitle || null,
    date:
      labels.date ??
      findDate(metaLine)?.date ??
      headerLines.map((l) => findDate(l)?.date).find(Boolean) ??
      (originalUrl ? urlToDate(originalUrl) : undefined) ??
      null,
    source: firstAccepted([labels.source, closing, datelineSource(prose[0] ?? '')]) ?? null,
    author: author ?? null,
    originalUrl: originalUrl ?? null,
    editor: labels.editor ?? null,
    category: category ?? null,
    body,
    baseUrl: originalUrl ?? null,
  };
}
