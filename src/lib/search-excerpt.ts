/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the matched words
 * wrapped in `<mark>`. The page renders the parts as text nodes and `<mark>` elements, so
 * nothing but `<mark>` can ever reach the DOM as markup.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

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
 * An excerpt of about `length` characters around the first occurrence of the first term found
 * in `content`, with every term marked; undefined when no term occurs literally (the caller
 * then uses Pagefind's own excerpt).
 */
export function contentToExcerpt(content: string, terms: readonly string[], length = 90): ExcerptPart[] | undefined {
  if (terms.length === 0) return undefined;
  const any = new RegExp(terms.map(termPattern).join('|'), 'giu');
  const first = any.exec(content);
  if (!first) return undefined;
  const start = Math.max(0, first.index - Math.floor(length / 3));
  const end = Math.min(content.length, start + length);
  const slice = content.slice(start, end);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = 0;
  any.lastIndex = 0;
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
