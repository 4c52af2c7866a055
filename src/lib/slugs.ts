/** An ASCII path segment: lower-case letters, digits and single hyphens. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_RE.test(value);
}

/**
 * The article id (and URL path under `/articles/`) from its path below `content/articles`:
 * `2024/04/anshan-wenming.md` → `2024/04/anshan-wenming`. The id is the URL: renaming the
 * file changes it, which is why `redirectFrom` exists.
 */
export function articlePathToId(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(md|mdx)$/i, '');
}

/** Returns why an id cannot be a URL, or `undefined` when every segment is a slug. */
export function explainBadArticleId(id: string): string | undefined {
  const bad = id.split('/').filter((segment) => !isSlug(segment));
  if (bad.length === 0) return undefined;
  return `path segment(s) ${bad.map((s) => `"${s}"`).join(', ')} must be lower-case ASCII letters, digits and hyphens`;
}

/** Best-effort ASCII slug from free text: Latin letters and digits kept, the rest dropped. */
export function textToSlug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
