/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the matched words
 * wrapped in `<mark>`. The page renders the parts as text nodes and `<mark>` elements, so
 * nothing but `<mark>` can ever reach the DOM as markup.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

import { shortestCover } from './search-pieces.ts';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

export function excerptToParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;|&gt;/g, (e) => ENTITIES[e] ?? e);
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

function termPattern(term: string): string {
  // Terms are matchable text (see textToMatchable): whitespace and quotation marks may sit between characters.
  return [...term].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s"“”「」『』\'‘’]*');
}

/**
 * An excerpt of about `length` characters where the marked groups sit closest together (each
 * group: forms of one piece, any of which counts), with every form marked; undefined when none
 * occurs literally (the caller then uses Pagefind's own excerpt).
 */
export function contentToExcerpt(content: string, groups: readonly (readonly string[])[], length = 90): ExcerptPart[] | undefined {
  const forms = groups.flat().filter((f) => f.length > 0);
  if (forms.length === 0) return undefined;
  // Longest forms first, so a piece is marked whole rather than by a shorter form inside it.
  const any = new RegExp(
    [...forms]
      .sort((a, b) => b.length - a.length)
      .map(termPattern)
      .join('|'),
    'giu',
  );
  const hits: { at: number; end: number; group: number }[] = [];
  groups.forEach((g, group) => {
    const re = new RegExp(
      g
        .filter((f) => f.length > 0)
        .map(termPattern)
        .join('|') || '(?!)',
      'giu',
    );
    for (const m of content.matchAll(re)) hits.push({ at: m.index, end: m.index + m[0].length, group });
  });
  if (hits.length === 0) return undefined;
  const found = new Set(hits.map((h) => h.group)).size;
  const [from, to] = shortestCover(hits, found);
  const start = Math.max(0, to - from < length ? from - Math.floor((length - (to - from)) / 3) : from - Math.floor(length / 6));
  const end = Math.min(content.length, start + length);
  const slice = content.slice(start, end);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = 0;
  for (const m of slice.matchAll(any)) {
    if (m.index > at) parts.push({ text: slice.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < slice.length) parts.push({ text: slice.slice(at), mark: false });
  if (end < content.length) {
    const last = parts.at(-1);
    if (last && !last.mark) last.text += '…';
    else parts.push({ text: '…', mark: false });
  }
  return parts;
}
