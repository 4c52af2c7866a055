/**
 * An incremental build (scripts/build.ts, when only article bodies changed) renders just the
 * changed article pages: `ZHUANZAI_ONLY_ARTICLES` lists their ids, one per line, and every
 * other dynamic route renders nothing. The build script copies those pages over the previous
 * output; all other pages are unchanged by construction (see scripts/lib/build/incremental.ts).
 */
export function partialArticleIds(env: Record<string, string | undefined> = process.env): Set<string> | undefined {
  const value = env['ZHUANZAI_ONLY_ARTICLES'];
  return value ? new Set(value.split('\n').filter(Boolean)) : undefined;
}

/** True in an incremental build, where listing, feed, redirect and host-file routes render nothing. */
export function isPartialBuild(): boolean {
  return partialArticleIds() !== undefined;
}
