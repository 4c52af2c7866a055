import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { simpleBlocksToHtml, simpleMarkdownBlocks } from '../../../src/lib/simple-markdown.ts';
import { rehypeSanitizeHtml } from '../../../src/plugins/rehype-sanitize-html.ts';

/**
 * The article body as the page shows it, for the search index: the same Markdown dialect (GFM, CJK-friendly emphasis)
 * and the same sanitiser as Astro's pipeline, without the plugins that only change attributes
 * (link base, external-link marks), which Pagefind does not index.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeSanitizeHtml)
  .use(rehypeStringify)
  .freeze();

/** MDX bodies: `import`/`export` lines dropped; JSX tags are then raw HTML, which the sanitiser strips to their text. */
function withoutMdxStatements(body: string): string {
  return body.replace(/^(?:import|export)\s[^\n]*$/gm, '');
}

/**
 * The body as HTML when it is simple Markdown (`src/lib/simple-markdown.ts`): what the processor
 * would give, without the pipeline. Undefined when the body holds anything else.
 */
export function simpleMarkdownToHtml(body: string): string | undefined {
  const blocks = simpleMarkdownBlocks(body);
  return blocks && simpleBlocksToHtml(blocks, { external: false });
}

/** The body through the Markdown processor. */
export function parsedMarkdownToSearchHtml(body: string, mdx = false): string {
  return String(processor.processSync(mdx ? withoutMdxStatements(body) : body));
}

export function markdownToSearchHtml(body: string, mdx = false): string {
  return (mdx ? undefined : simpleMarkdownToHtml(body)) ?? parsedMarkdownToSearchHtml(body, mdx);
}
