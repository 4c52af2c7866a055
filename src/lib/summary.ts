/**
 * The default summary: the first paragraph of the Markdown body as plain text, cut at
 * `max` characters on a sentence end where one is near. Headings, images, tables, lists
 * and HTML blocks are skipped.
 */
export function markdownToSummary(markdown: string, max = 120): string {
  const paragraph = firstParagraph(markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown);
  if (!paragraph) return '';
  const plain = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();
  return truncateChinese(plain, max);
}

const NOT_PROSE = /^(#|!\[|\||<|>|[-*+] |\d+\. |```|---|import |export )/;

/** The first block (text between blank lines) that is prose, trimmed: only as much of the body as it takes is read. */
function firstParagraph(text: string): string | undefined {
  const gap = /\n{2,}/g;
  let start = 0;
  for (;;) {
    const match = gap.exec(text);
    const block = text.slice(start, match ? match.index : text.length).trim();
    if (block && !NOT_PROSE.test(block)) return block;
    if (!match) return undefined;
    start = match.index + match[0].length;
  }
}

/** Cuts `text` to at most `max` characters, preferring a sentence end, adding … when cut. */
export function truncateChinese(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return end >= max * 0.6 ? head.slice(0, end + 1) : `${head}…`;
}
