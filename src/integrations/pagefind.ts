import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /** Language forced on every page; Chinese segmentation depends on it. */
  language?: string;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed; the site was not published:\n${errors.join('\n')}`);
}

/**
 * Indexes the built site with Pagefind's Node API after the build, and fails the build on
 * any error Pagefind reports. Only elements marked `data-pagefind-body` are indexed.
 */
export function pagefindIntegration({ language = 'zh-cn' }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'zhuanzai:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        logger.info('Indexing pages for search…');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
          if (!index) fail('createIndex', errors);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) fail('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) fail('writeFiles', written.errors);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${added.page_count} pages for search (${language}) in ${seconds} s.`);
        } catch (error) {
          throw new Error('Search indexing failed.', { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
