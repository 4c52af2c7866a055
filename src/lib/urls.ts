/** Prefixes a site path with the deploy base (`/` or `/sub/path/`), without doubling slashes. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** An absolute URL for feeds, sitemaps and canonical links. */
export function toAbsolute(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** True for http(s) URLs whose host is not the site's own. */
export function isExternalHref(href: string, siteHost: string | undefined): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== siteHost;
  } catch {
    return false;
  }
}
