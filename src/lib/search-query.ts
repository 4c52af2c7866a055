/**
 * Query and text normalisation shared by the search page and its tests. Pure: no DOM, no Pagefind.
 *
 * Matching is literal, the way readers of Chinese government sites expect: a result must contain
 * every whitespace-separated term of the query, compared after NFKC (full-width Ｐ２.５ = PM2.5),
 * lower-casing, with whitespace removed (Chinese has none between words; Pagefind's content
 * may insert some between elements) and quotation marks removed (a reader types "文明种" for
 * “文明种”). Other punctuation stays: dropping it would join words across a comma (版权，所有).
 */

const SPACE = /[\s\u200b]+/g;
const QUOTE_MARKS = /["“”「」『』'‘’]/g;

/** Normalises text for literal matching: NFKC, lower case, no whitespace, no quotation marks. */
export function textToMatchable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SPACE, '').replace(QUOTE_MARKS, '');
}

/** Splits a query into distinct matchable terms; surrounding quotes are dropped. */
export function queryToTerms(query: string): string[] {
  const terms = query
    .normalize('NFKC')
    .split(SPACE)
    .map(textToMatchable)
    .filter((t) => t.length > 0);
  return [...new Set(terms)];
}

/** True when the (already matchable) text contains every term. */
export function containsAllTerms(matchable: string, terms: readonly string[]): boolean {
  return terms.every((t) => matchable.includes(t));
}

/**
 * The query for Pagefind's exact-phrase search, or undefined when a phrase makes no sense
 * (several terms: Pagefind would demand them adjacent).
 */
export function termsToPhrase(terms: readonly string[]): string | undefined {
  return terms.length === 1 ? `"${terms[0]}"` : undefined;
}

/** The query Pagefind's own ranking gets: the terms separated by spaces. */
export function termsToLoose(terms: readonly string[]): string {
  return terms.join(' ');
}

/**
 * True when the query has a Han character outside `simplified` (the GB2312 set, which holds
 * every character of ordinary Simplified text): only then is the t2s converter worth loading.
 */
export function needsT2s(query: string, simplified: ReadonlySet<string>): boolean {
  for (const ch of query) {
    if (/\p{Script=Han}/u.test(ch) && !simplified.has(ch)) return true;
  }
  return false;
}
