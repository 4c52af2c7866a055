import type { MarkdownProcessor } from '@astrojs/internal-helpers/markdown';
import { unified, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import Slugger from 'github-slugger';
import { plainProseBlocks, proseBlocksToHtml } from '../lib/plain-prose.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeMarkExternal } from './rehype-mark-external.ts';
import { rehypeSanitizeHtml } from './rehype-sanitize-html.ts';

/** The site's Markdown pipeline: GFM, no SmartyPants, then sanitising, base-path links and external-link marks. */
export function articleUnifiedProcessor({ base, siteHost }: ArticleProcessorOptions): MarkdownProcessor<UnifiedResolvedOptions> {
  return unified({
    // SmartyPants would rewrite quotes and dashes in Chinese text: reprints must not change it.
    smartypants: false,
    rehypePlugins: [rehypeSanitizeHtml, [rehypeBaseLinks, { base }], [rehypeMarkExternal, { siteHost }]],
  });
}

/** Where the site's Markdown processor is set up: what `astro.config.mjs` passes to `articleMarkdownProcessor`. */
export interface ArticleProcessorOptions {
  base: string;
  siteHost: string | undefined;
}

/** The site's processor as `astro.config.mjs` sets it and article pages render bodies with: the pipeline behind the plain-prose path. */
export function articleMarkdownProcessor(options: ArticleProcessorOptions): MarkdownProcessor<UnifiedResolvedOptions> {
  return withPlainProse(articleUnifiedProcessor(options));
}

/**
 * The processor, except that plain prose (paragraphs and `#` headings only, `src/lib/plain-prose.ts`)
 * is written without a Markdown parse: the HTML and the render metadata the pipeline gives such a
 * body (heading ids from github-slugger, as Astro's own `rehypeHeadingIds`; no images), for about a
 * hundredth of the time. Everything else goes through the processor. `.mdx` files are untouched.
 * markdown-processor.test.ts checks the two agree.
 */
export function withPlainProse<T extends object>(processor: MarkdownProcessor<T>): MarkdownProcessor<T> {
  return {
    ...processor,
    async createRenderer(shared) {
      const inner = await processor.createRenderer(shared);
      return {
        render: async (content, opts) => {
          const blocks = plainProseBlocks(content);
          if (!blocks) return inner.render(content, opts);
          const slugger = new Slugger();
          const headings: { depth: number; slug: string; text: string }[] = [];
          const code = proseBlocksToHtml(blocks, (heading) => {
            // Astro's rehypeHeadingIds turns `{` in heading text into `${` before slugging.
            const text = heading.replace(/\{/g, '${');
            const slug = slugger.slug(text);
            headings.push({ depth: 0, slug, text });
            return slug;
          });
          let i = 0;
          for (const b of blocks) if (b.kind === 'heading') headings[i++]!.depth = b.depth;
          return { code, metadata: { headings, localImagePaths: [], remoteImagePaths: [], frontmatter: opts?.frontmatter ?? {} } };
        },
      };
    },
  };
}
