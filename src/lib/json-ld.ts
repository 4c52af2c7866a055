/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` become `\u003c`
 * and friends, so no string (`</script>`, `<!--`) can end the block early; U+2028 and
 * U+2029 are escaped too, for parsers that treat them as line ends. The result is still
 * JSON that parses back to the same value.
 */
export function jsonToScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
  /** Absolute URL of this page. */
  url: string;
  headline: string;
  description: string;
  /** ISO 8601 with offset. */
  datePublished: string;
  /** This site's publish date, ISO 8601. */
  dateModified?: string | undefined;
  author: string;
  section: string;
  keywords: readonly string[];
  site: { name: string; url: string; logo?: string | undefined };
  original: { url: string; title: string };
  source: { name: string; url?: string | undefined };
}

/** schema.org NewsArticle for a reprint: this site publishes it, the source owns it. */
export function newsArticleJsonLd(a: NewsArticleInput): Record<string, unknown> {
  const source = { '@type': 'Organization', name: a.source.name, ...(a.source.url ? { url: a.source.url } : {}) };
  const publisher = {
    '@type': 'Organization',
    name: a.site.name,
    url: a.site.url,
    ...(a.site.logo ? { logo: { '@type': 'ImageObject', url: a.site.logo } } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    ...(a.dateModified ? { dateModified: a.dateModified } : {}),
    author: { '@type': 'Person', name: a.author },
    publisher,
    articleSection: a.section,
    ...(a.keywords.length > 0 ? { keywords: a.keywords.join(',') } : {}),
    inLanguage: 'zh-CN',
    isBasedOn: { '@type': 'NewsArticle', url: a.original.url, headline: a.original.title, publisher: source },
    sourceOrganization: source,
    copyrightHolder: source,
  };
}
