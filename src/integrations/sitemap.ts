import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { frontmatterToSitemapEntry, markdownToFrontmatterText, type SitemapEntry } from '../lib/sitemap.ts';
import { articlePathToId } from '../lib/slugs.ts';

/**
 * Sitemap entries of every article, by site path (`/articles/2024/04/x/`), read from the
 * frontmatter. The integration runs outside the content layer, so it reads the files
 * itself; unreadable frontmatter is skipped here because the content check fails the build.
 */
function readArticleEntries(contentDir: string, siteCanonical: string): Map<string, SitemapEntry> {
  const root = join(contentDir, 'articles');
  const entries = new Map<string, SitemapEntry>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/i.test(file)) continue;
    const yamlText = markdownToFrontmatterText(readFileSync(join(root, file), 'utf8'));
    if (yamlText === undefined) continue;
    try {
      const fm = (parse(yamlText) ?? {}) as Record<string, unknown>;
      entries.set(`/articles/${articlePathToId(relative(root, join(root, file)))}/`, frontmatterToSitemapEntry(fm, siteCanonical));
      // Old addresses of renamed articles are redirect pages: never in the sitemap.
      const redirectFrom = Array.isArray(fm['redirectFrom']) ? fm['redirectFrom'] : [];
      for (const from of redirectFrom) {
        if (typeof from === 'string') entries.set(from.endsWith('/') ? from : `${from}/`, { include: false, lastmod: undefined });
      }
    } catch {
      continue;
    }
  }
  return entries;
}

/** @astrojs/sitemap with `lastmod` on article URLs, and without pages this site does not want indexed. */
export function sitemapIntegration(options: { contentDir: string; base: string; siteCanonical: string }): AstroIntegration {
  const entries = readArticleEntries(options.contentDir, options.siteCanonical);
  const sitePath = (url: string) => `/${new URL(url).pathname.slice(options.base.length)}`;
  return sitemap({
    filter: (page) => {
      const path = sitePath(page);
      return path !== '/404/' && entries.get(path)?.include !== false;
    },
    serialize: (item) => {
      const lastmod = entries.get(sitePath(item.url))?.lastmod;
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
