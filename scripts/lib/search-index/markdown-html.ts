import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeSanitizeHtml } from '../../../src/plugins/rehype-sanitize-html.ts';

/**
 * The article body as the page shows it, for the search index: the same Markdown dialect (GFM)
 * and the same sanitiser as Astro's pipeline, without the plugins that only change attributes
 * (link base, external-link marks), which Pagefind does not index.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitizeHtml)
  .use(rehypeStringify)
  .freeze();

/** MDX bodies: `import`/`export` lines dropped; JSX tags are then raw HTML, which the sanitiser strips to their text. */
function withoutMdxStatements(body: string): string {
  return body.replace(/^(?:import|export)\s[^\n]*$/gm, '');
}

/**
 * A character or sequence that can make Markdown (GFM) more than text: emphasis, code, links,
 * images, HTML, tables, strikethrough, escapes, references, autolink literals.
 */
const SYNTAX = /[\\`*_[\]<>!|&~#\r\0]|:\/\/|www\.|@/i;
/** Line starts that open a block: indentation, quotes, lists, rules, setext underlines. */
const BLOCK_START = /^(?:[ \t]|[>+=-]|\d+[.)])/;
const HEADING = /^(#{1,6}) (\S(?:.*\S)?)$/;

/**
 * The body as HTML when it is plain prose, paragraphs and `#` headings with no other Markdown,
 * as most reprints are: what the processor would give, without parsing (a Markdown parse is
 * ~0.8 ms a body, 8 s of a 10,000-article build). Undefined when the body holds anything else
 * (markdown-html.test.ts checks the two agree on every body this accepts).
 */
export function plainMarkdownToHtml(body: string): string | undefined {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(`<p>${paragraph.join('\n')}</p>`);
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
      blocks.push(`<h${heading[1]!.length}>${text}</h${heading[1]!.length}>`);
    } else paragraph.push(line);
  }
  flush();
  return blocks.join('\n');
}

/** The body through the Markdown processor. */
export function parsedMarkdownToSearchHtml(body: string, mdx = false): string {
  return String(processor.processSync(mdx ? withoutMdxStatements(body) : body));
}

export function markdownToSearchHtml(body: string, mdx = false): string {
  return (mdx ? undefined : plainMarkdownToHtml(body)) ?? parsedMarkdownToSearchHtml(body, mdx);
}
