import { dateToIso, yamlValueToArticleDate } from './dates.ts';

export interface SitemapEntry {
  /** Include the page in the sitemap: live, not a draft, and canonical to itself. */
  include: boolean;
  /** W3C datetime of this site's publish date, for `<lastmod>`. */
  lastmod: string | undefined;
}

/**
 * What the sitemap needs from one article's frontmatter. Drafts, tombstones and pages
 * whose canonical is the original or `noindex` stay out: a sitemap lists only URLs this
 * site wants indexed.
 */
export function frontmatterToSitemapEntry(frontmatter: Record<string, unknown>, siteCanonical: string): SitemapEntry {
  const date = yamlValueToArticleDate(frontmatter['published']) ?? yamlValueToArticleDate(frontmatter['date']);
  const canonical = typeof frontmatter['canonical'] === 'string' ? frontmatter['canonical'] : siteCanonical;
  const include = frontmatter['draft'] !== true && frontmatter['withdrawn'] === undefined && canonical === 'self';
  return { include, lastmod: date === undefined ? undefined : dateToIso(date) };
}

/**
 * Sitemap entries of articles by site path (`/articles/2024/04/x/`), from their frontmatter
 * (as written, or as the content check parsed it): each article's own, and its old addresses
 * (`redirectFrom`, redirect pages), which are never listed.
 */
export function articlesToSitemapEntries(
  articles: Iterable<{ id: string; frontmatter: Record<string, unknown> }>,
  siteCanonical: string,
): Map<string, SitemapEntry> {
  const entries = new Map<string, SitemapEntry>();
  for (const { id, frontmatter } of articles) {
    entries.set(`/articles/${id}/`, frontmatterToSitemapEntry(frontmatter, siteCanonical));
    const redirectFrom = Array.isArray(frontmatter['redirectFrom']) ? (frontmatter['redirectFrom'] as unknown[]) : [];
    for (const from of redirectFrom) {
      if (typeof from === 'string') entries.set(from.endsWith('/') ? from : `${from}/`, { include: false, lastmod: undefined });
    }
  }
  return entries;
}

/** The YAML text between the opening `---` line and the next `---` line, or undefined. */
export function markdownToFrontmatterText(markdown: string): string | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(markdown);
  return m?.[1];
}
