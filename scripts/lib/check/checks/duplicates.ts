import type { ContentProblem } from '../../../../src/schemas/problems.ts';

const TRACKING = /^(utm_\w+|spm|from|share_token|isappinstalled|wxshare_count|scene|clicktime|enterid|_t|timestamp)$/i;

/**
 * The form two copies of one original URL share: scheme, `www.`, trailing slash, fragment,
 * tracking parameters and parameter order do not make another article.
 */
export function normaliseOriginalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/(index\.(s?html?|php|jsp|aspx?))?$/i, '') || '/';
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

export interface UrlClaim {
  file: string;
  line: number;
  originalUrl: string;
}

/**
 * Every article after the first that reprints the same original URL. With `reported` (the files
 * the editor named), a pair whose later file is not named is reported on the earlier one instead.
 */
export function findDuplicateOriginalUrls(claims: readonly UrlClaim[], reported?: (file: string) => boolean): ContentProblem[] {
  const first = new Map<string, UrlClaim>();
  const problems: ContentProblem[] = [];
  for (const claim of claims) {
    const key = normaliseOriginalUrl(claim.originalUrl);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, claim);
      continue;
    }
    if (reported && !reported(claim.file) && reported(earlier.file)) {
      problems.push({
        file: earlier.file,
        field: 'originalUrl',
        severity: 'error',
        line: earlier.line,
        column: 1,
        message: `${claim.file} 转载的也是同一原文。The same original (${earlier.originalUrl}) is reprinted again in ${claim.file}: delete one of the two, or correct the URL.`,
      });
      continue;
    }
    problems.push({
      file: claim.file,
      field: 'originalUrl',
      severity: 'error',
      line: claim.line,
      column: 1,
      message: `与 ${earlier.file} 转载的是同一原文。The same original (${claim.originalUrl}) is already reprinted in ${earlier.file}: delete one of the two, or correct the URL.`,
    });
  }
  return problems;
}
