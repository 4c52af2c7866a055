import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/internal-helpers/markdown';
import { unified, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import Slugger from 'github-slugger';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { resolvesRemoteImages } from '../lib/body-images.ts';
import { simpleBlocksToHtml, simpleMarkdownBlocks } from '../lib/simple-markdown.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeMarkExternal } from './rehype-mark-external.ts';
import { rehypeSanitizeHtml } from './rehype-sanitize-html.ts';

export interface ArticleMarkdownOptions {
  /** The deploy base (`/`, `/news/`). */
  base: string;
  /** Host of this site; links to it are internal. */
  siteHost: string | undefined;
}

/** The site's Markdown processor: the pipeline below, with simple bodies written without it. */
export function articleProcessor(options: ArticleMarkdownOptions): MarkdownProcessor<UnifiedResolvedOptions> {
  return withSimpleMarkdown(articleUnifiedProcessor(options), options);
}

/**
 * The site's Markdown pipeline: GFM with CJK-friendly emphasis, no SmartyPants, then sanitising,
 * base-path links and external-link marks.
 */
export function articleUnifiedProcessor({ base, siteHost }: ArticleMarkdownOptions): MarkdownProcessor<UnifiedResolvedOptions> {
  return unified({
    // SmartyPants would rewrite quotes and dashes in Chinese text: reprints must not change it.
    smartypants: false,
    // `**一是加强领导。**各地`: CommonMark reads no emphasis where a closing `**` follows 。 and precedes a
    // Han character, and shows the asterisks; the CJK amendment reads it as the writer meant.
    remarkPlugins: [remarkCjkFriendly],
    rehypePlugins: [rehypeSanitizeHtml, [rehypeBaseLinks, { base }], [rehypeMarkExternal, { siteHost }]],
  });
}

/**
 * A simple Markdown body (paragraphs, `#` headings, tight lists, tables, bold, emphasis, links and
 * images in their plain forms: `src/lib/simple-markdown.ts`) written without the unified
 * pipeline: the HTML and the render metadata the pipeline gives it (heading ids from
 * github-slugger, as Astro's own `rehypeHeadingIds`; no images to optimise). Undefined for any
 * other body, which must go through the pipeline. `remoteImages`: remote images may be written as
 * they are (Astro's image settings allow no remote host to optimise).
 */
export function renderSimpleMarkdown(
  content: string,
  frontmatter: Record<string, unknown> | undefined,
  { base, siteHost, remoteImages }: ArticleMarkdownOptions & { remoteImages: boolean },
): MarkdownRenderResult | undefined {
  const blocks = simpleMarkdownBlocks(content, { remoteImages });
  if (!blocks) return undefined;
  const slugger = new Slugger();
  const headings: { depth: number; slug: string; text: string }[] = [];
  const code = simpleBlocksToHtml(blocks, {
    base,
    external: { siteHost },
    headingId: (heading) => {
      // Astro's rehypeHeadingIds turns `{` in heading text into `${` before slugging.
      const text = heading.replace(/\{/g, '${');
      const slug = slugger.slug(text);
      headings.push({ depth: 0, slug, text });
      return slug;
    },
  });
  let i = 0;
  for (const b of blocks) if (b.kind === 'heading') headings[i++]!.depth = b.depth;
  return { code, metadata: { headings, localImagePaths: [], remoteImagePaths: [], frontmatter: frontmatter ?? {} } };
}

/**
 * The processor, except that simple Markdown is written without the unified pipeline
 * (`renderSimpleMarkdown`), for a small part of the time. Everything else goes through the
 * processor. `.mdx` files are untouched. markdown-processor.test.ts checks the two agree.
 */
export function withSimpleMarkdown<T extends object>(
  processor: MarkdownProcessor<T>,
  options: ArticleMarkdownOptions,
): MarkdownProcessor<T> {
  return {
    ...processor,
    async createRenderer(shared) {
      const inner = await processor.createRenderer(shared);
      // Astro optimises remote images of the hosts its image settings allow: those go through the pipeline.
      const simple = { ...options, remoteImages: !resolvesRemoteImages(shared.image) };
      return {
        render: async (content, opts) => renderSimpleMarkdown(content, opts?.frontmatter, simple) ?? inner.render(content, opts),
      };
    },
  };
}
