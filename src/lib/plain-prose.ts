/**
 * Plain prose: Markdown bodies that are only paragraphs and `#` headings, as most reprints are.
 * Their HTML needs no Markdown parse (about 0.8 ms a body, twice per article per build: the page
 * and the search index); both writers of it are checked against the Markdown processor
 * (plain-prose.test.ts, scripts/lib/search-index/markdown-html.test.ts).
 */

export type ProseBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'heading'; depth: number; text: string };

/**
 * A character or sequence that can make Markdown (GFM) more than text: emphasis, code, links,
 * images, HTML, tables, strikethrough, escapes, references, autolink literals.
 */
const SYNTAX = /[\\`*_[\]<>!|&~#\r\0]|:\/\/|www\.|@/i;
/** Line starts that open a block: indentation, quotes, lists, rules, setext underlines. */
const BLOCK_START = /^(?:[ \t]|[>+=-]|\d+[.)])/;
const HEADING = /^(#{1,6}) (\S(?:.*\S)?)$/;

/** The body's paragraphs and headings, or undefined when it holds any other Markdown. */
export function plainProseBlocks(body: string): ProseBlock[] | undefined {
  const blocks: ProseBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    if (/^[ \t]*$/.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    const text = heading ? heading[2]! : line;
    if (SYNTAX.test(text) || BLOCK_START.test(line) || /[ \t]$/.test(line)) return undefined;
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', depth: heading[1]!.length, text });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** The blocks as the Markdown processor writes them; `headingId` gives a heading its `id`, if any. */
export function proseBlocksToHtml(blocks: readonly ProseBlock[], headingId?: (text: string) => string): string {
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p>${b.lines.join('\n')}</p>`;
      const id = headingId ? ` id="${headingId(b.text)}"` : '';
      return `<h${b.depth}${id}>${b.text}</h${b.depth}>`;
    })
    .join('\n');
}
