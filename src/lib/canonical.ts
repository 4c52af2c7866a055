export type CanonicalPolicy = 'self' | 'original' | 'noindex';

export interface CanonicalTags {
  /** `<link rel="canonical">` target, or undefined for none. */
  href: string | undefined;
  /** `<meta name="robots">` content, or undefined for none. */
  robots: string | undefined;
}

/**
 * The canonical policy of one article: `self` points search engines at this page,
 * `original` at the original URL (the reprint yields its ranking to the source), and
 * `noindex` keeps the page out of search results but lets crawlers follow its links.
 * The article's own `canonical` wins over the site default.
 */
export function canonicalTags(
  policy: { article?: CanonicalPolicy | undefined; site: CanonicalPolicy },
  urls: { self: string; original: string },
): CanonicalTags {
  switch (policy.article ?? policy.site) {
    case 'original':
      return { href: urls.original, robots: undefined };
    case 'noindex':
      return { href: undefined, robots: 'noindex, follow' };
    case 'self':
      return { href: urls.self, robots: undefined };
  }
}
