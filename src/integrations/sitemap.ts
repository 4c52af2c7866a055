import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { articlesToSitemapEntries, markdownToFrontmatterText, type SitemapEntry } from '../lib/sitemap.ts';
import { articlesRenderedElsewhere, isPartialBuild, keptListRoutes, rendersListRoutes } from '../lib/partial-build.ts';
import { articlePathToId } from '../lib/slugs.ts';

/**
 * Sitemap entries of every article, read from the files' frontmatter: the integration runs
 * outside the content layer. Unreadable frontmatter is skipped here because the content check
 * fails the build.
 */
export function readArticleEntries(contentDir: string, siteCanonical: string): Map<string, SitemapEntry> {
  const root = join(contentDir, 'articles');
  const articles: { id: string; frontmatter: Record<string, unknown> }[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/i.test(file)) continue;
    const yamlText = markdownToFrontmatterText(readFileSync(join(root, file), 'utf8'));
    if (yamlText === undefined) continue;
    try {
      articles.push({
        id: articlePathToId(relative(root, join(root, file))),
        frontmatter: (parse(yamlText) ?? {}) as Record<string, unknown>,
      });
    } catch {
      continue;
    }
  }
  return articlesToSitemapEntries(articles, siteCanonical);
}

/**
 * The entries `npm run build` wrote from the checked content (`ZHUANZAI_SITEMAP_ENTRIES`, a
 * JSON object by path) so that Astro need not read every article again; else from the files.
 */
function loadEntries(contentDir: string, siteCanonical: string): Map<string, SitemapEntry> {
  const written = process.env['ZHUANZAI_SITEMAP_ENTRIES'];
  if (written && existsSync(written))
    return new Map(Object.entries(JSON.parse(readFileSync(written, 'utf8')) as Record<string, SitemapEntry>));
  return readArticleEntries(contentDir, siteCanonical);
}

/**
 * @astrojs/sitemap with `lastmod` on article URLs, and without pages this site does not want
 * indexed. In an incremental build Astro renders only some article and list pages; the article
 * pages the build keeps from its previous output are the article paths of the entries `npm run
 * build` wrote (it writes entries for the articles that have a page), the list pages it keeps are
 * in the build plan (`keptListRoutes`), so the sitemap lists every page either way.
 */
export function sitemapIntegration(options: { contentDir: string; base: string; siteCanonical: string }): AstroIntegration {
  // Read when the sitemap is written, at the end of the build, not while Astro starts.
  let entries: Map<string, SitemapEntry> | undefined;
  const allEntries = () => (entries ??= loadEntries(options.contentDir, options.siteCanonical));
  const entry = (path: string) => allEntries().get(path);
  const sitePath = (url: string) => `/${new URL(url).pathname.slice(options.base.length)}`;
  const integration = sitemap({
    filter: (page) => {
      const path = sitePath(page);
      return path !== '/404/' && !path.startsWith('/admin/') && entry(path)?.include !== false;
    },
    serialize: (item) => {
      const lastmod = entry(sitePath(item.url))?.lastmod;
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:build:done': (params) => {
        // A build of article pages alone (a body edit) keeps the previous sitemap: no article's
        // frontmatter changed, or the planner would have rendered the lists (and this) too.
        if (isPartialBuild() && !rendersListRoutes()) return;
        // An incremental build keeps the article pages and list pages it did not render; assembling
        // a distributed build, the article pages come from the parts: the sitemap lists them as if rendered here.
        const kept = isPartialBuild()
          ? [
              ...[...allEntries().keys()].filter((p) => p.startsWith('/articles/')),
              ...[...keptListRoutes()].filter((p) => p.endsWith('/')),
            ].map((p) => ({ pathname: p.slice(1) }))
          : articlesRenderedElsewhere().map((id) => ({ pathname: `articles/${id}/` }));
        return done({ ...params, pages: [...params.pages, ...kept] });
      },
    },
  };
}
