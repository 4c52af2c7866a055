/**
 * The default summary: the first paragraph of the Markdown body as plain text, cut at
 * `max` characters on a sentence end where one is near. Headings, images, tables, lists
 * and HTML blocks are skipped.
 */
export function markdownToSummary(markdown: string, max = 120): string {
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const paragraph = blocks.map((b) => b.trim()).find((b) => b && !/^(#|!\[|\||<|>|[-*+] |\d+\. |```|---|import |export )/.test(b));
  if (!paragraph) return '';
  const plain = paragraph
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();
  return truncateChinese(plain, max);
}

/** Cuts `text` to at most `max` characters, preferring a sentence end, adding … when cut. */
export function truncateChinese(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return end >= max * 0.6 ? head.slice(0, end + 1) : `${head}…`;
}
