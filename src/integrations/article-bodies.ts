import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import type { AstroIntegration } from 'astro';
import type { ArticleBodiesConfig } from '../data/article-body.ts';
import type { ArticleMarkdownOptions } from '../plugins/markdown-processor.ts';

/**
 * Hands article pages what they need to render a Markdown body themselves, as the content layer
 * would (`src/data/article-body.ts`): the processor's options, Astro's shared Markdown options, the
 * project root (entries' `filePath` is relative to it), and a folder for rendered bodies under
 * `cacheDir`, named by the options that shape the HTML (the code is in `cacheDir`'s own name), so
 * that a changed plugin or option never serves old HTML.
 * Exposed to pages as `import.meta.env.ZHUANZAI_ARTICLE_BODIES` (JSON text).
 */
export function articleBodiesIntegration(processor: ArticleMarkdownOptions): AstroIntegration {
  return {
    name: 'zhuanzai:article-bodies',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const { markdown, image } = config;
        // Astro's options as the content layer passes them to the processor (JSON drops the unset ones).
        const shared = {
          syntaxHighlight: markdown.syntaxHighlight,
          gfm: markdown.gfm,
          smartypants: markdown.smartypants,
          image: { domains: image.domains, remotePatterns: image.remotePatterns },
        } as AstroMarkdownOptions;
        // The renderer's code needs no hash here: `cacheDir` itself is named by the modules the
        // Markdown processor imports and the lock file (astro.config.mjs).
        const key = createHash('sha256').update(JSON.stringify({ processor, shared }));
        const bodies: ArticleBodiesConfig = {
          processor,
          shared,
          root: fileURLToPath(config.root),
          cacheDir: fileURLToPath(new URL(`article-bodies/${key.digest('hex').slice(0, 12)}/`, config.cacheDir)),
        };
        updateConfig({ vite: { define: { 'import.meta.env.ZHUANZAI_ARTICLE_BODIES': JSON.stringify(JSON.stringify(bodies)) } } });
      },
    },
  };
}
