/** A line of build output and when it arrived, in ms since the process started. */
export interface TimedLine {
  at: number;
  text: string;
}

/**
 * Where the time of one `npm run build` goes. The search index is built alongside the pages,
 * so `search` overlaps `content`…`render`; `searchWait` is what it adds after the pages.
 */
export interface BuildPhases {
  /** Content check: reading, parsing and validating every article (`Checked … in`). */
  check: number;
  /** The plan, from the check to `Planned in` (change detection; Astro's lines before it are held back and arrive after it). */
  plan: number;
  /** From the plan (or the check) to Astro's content layer starting, as its held-back lines arrive: 0 when Astro had started already. */
  startup: number;
  /** Content layer: parsing and rendering every article into the data store (`[content] Syncing … Synced`). */
  content: number;
  /** Type generation, build info and the Vite bundle, until page generation starts. */
  bundle: number;
  /** Rendering every static route to HTML (`generating static routes` … `✓ Completed`). */
  render: number;
  /** After rendering until Astro exits: sitemap, headers, moving files (`Pages built`). */
  pagesFinish: number;
  /** Search indexing as the build reports it (`Indexed … in N s`), started right after the check. */
  search: number;
  /** Waiting for the search index after the pages were built. */
  searchWait: number;
  /** Installing the index and swapping the output in, until the process exits. */
  finish: number;
}

/**
 * Splits `npm run build` output into phases by the lines the build script and Astro print.
 * Astro's own timestamps have one-second resolution, so line arrival times are used instead.
 */
export function linesToPhases(lines: readonly TimedLine[], exitAt: number): BuildPhases {
  const plain = lines.map((l) => ({ at: l.at, text: l.text.replace(/\x1b\[[0-9;]*m/g, '') }));
  const find = (re: RegExp, after = 0) => plain.find((l) => l.at >= after && re.test(l.text));
  const checkEnd = find(/^Checked \d+ article file/)?.at ?? 0;
  const planned = find(/^Planned in /, checkEnd)?.at ?? checkEnd;
  const syncStart = find(/\[content\] Syncing content/, checkEnd)?.at ?? checkEnd;
  const syncEnd = find(/\[content\] Synced content/, syncStart)?.at ?? syncStart;
  const renderStart = find(/generating static routes/, syncEnd)?.at ?? syncEnd;
  const renderEnd = find(/^\S*\s*✓ Completed in/, renderStart)?.at ?? renderStart;
  const pagesEnd = find(/^Pages built in/, renderEnd)?.at ?? renderEnd;
  const indexed = find(/^Indexed \d+ pages for search/, checkEnd);
  const indexedAt = indexed?.at ?? pagesEnd;
  const reported = indexed ? /in ([\d.]+) s\.$/.exec(indexed.text)?.[1] : undefined;
  return {
    check: checkEnd,
    plan: planned - checkEnd,
    startup: Math.max(0, syncStart - planned),
    content: syncEnd - syncStart,
    bundle: renderStart - syncEnd,
    render: renderEnd - renderStart,
    pagesFinish: pagesEnd - renderEnd,
    search: reported === undefined ? 0 : Math.round(Number(reported) * 1000),
    searchWait: Math.max(0, indexedAt - pagesEnd),
    finish: exitAt - Math.max(indexedAt, pagesEnd),
  };
}
