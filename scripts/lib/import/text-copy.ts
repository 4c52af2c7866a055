import type { Root, RootContent } from 'mdast';
import { restoreFullWidthPunctuation } from '../../../src/lib/punctuation.ts';
import { breadcrumbToCategory } from './category.ts';
import { isChromeLine } from './chrome.ts';
import { urlToDate } from './dates.ts';
import { findAuthorInText, readLabelledLine } from './labels.ts';
import { readLabels } from './scan-fields.ts';
import type { ArticleDraft, ExtractContext } from './types.ts';

const BREADCRUMB = /^(?:当前所在|当前位置|您的位置|所在位置)|^首页\s*(?:>|›|»)/u;
/** The end of the article in a text copy: 原文链接, the disclaimer, or the site footer. */
const END = /^(?:原文链接|原文地址|\[?免责声明|【免责声明】|本站部分信息|版权所有|主办|联系电话)/u;

/** A short line without sentence punctuation between paragraphs: a subheading of the original. */
function isHeadingLine(line: string): boolean {
  return line.length <= 30 && !/[。！？；，：,.!?;:、]/u.test(line) && !/^\d+$/u.test(line);
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
  const metaIndex = trimmed.findIndex((l, i) => i < 40 && Object.keys(readLabelledLine(l)).some((k) => k !== 'editor'));
  const breadcrumbIndex = trimmed.findIndex((l, i) => i < 40 && BREADCRUMB.test(l));

  let titleIndex = -1;
  for (let i = (metaIndex >= 0 ? metaIndex : Math.max(breadcrumbIndex + 1, 0) + 1) - 1; i > breadcrumbIndex && i >= 0; i--) {
    if (trimmed[i]) {
      titleIndex = i;
      break;
    }
  }
  if (titleIndex < 0) titleIndex = trimmed.findIndex((l, i) => i > breadcrumbIndex && l !== '');
  const bodyStart = Math.max(metaIndex, titleIndex) + 1;
  let bodyEnd = trimmed.findIndex((l, i) => i >= bodyStart && END.test(l));
  if (bodyEnd < 0) bodyEnd = trimmed.length;

  const paragraphs = trimmed.slice(bodyStart, bodyEnd).filter((l) => l !== '' && !isChromeLine(l));
  const blocks: RootContent[] = paragraphs.map((line, i) => {
    const value = restoreFullWidthPunctuation(line);
    const between = i > 0 && i < paragraphs.length - 1;
    return between && isHeadingLine(line)
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] }
      : { type: 'paragraph', children: [{ type: 'text', value }] };
  });
  const body: Root = { type: 'root', children: blocks };

  const tail = trimmed.slice(bodyEnd, bodyEnd + 6);
  const labels = readLabels([...(metaIndex >= 0 ? [trimmed[metaIndex] ?? ''] : []), ...tail]);
  const title = titleIndex >= 0 ? restoreFullWidthPunctuation(trimmed[titleIndex] ?? '') : undefined;
  const originalUrl = labels.originalUrl ?? ctx.url;
  const prose = blocks.filter((b) => b.type === 'paragraph').map((b) => (b.children[0]?.type === 'text' ? b.children[0].value : ''));
  const author = labels.author ?? findAuthorInText(prose[0] ?? '', prose[prose.length - 1] ?? '');
  const category = (breadcrumbIndex >= 0 ? breadcrumbToCategory([trimmed[breadcrumbIndex] ?? ''], ctx.columns) : undefined) ?? ctx.category;

  return {
    title: title || null,
    date: labels.date ?? (originalUrl ? urlToDate(originalUrl) : undefined) ?? null,
    source: labels.source ?? null,
    author: author ?? null,
    originalUrl: originalUrl ?? null,
    editor: labels.editor ?? null,
    category: category ?? null,
    body,
    baseUrl: originalUrl ?? null,
  };
}
