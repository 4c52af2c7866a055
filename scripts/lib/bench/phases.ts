/** A line of build output and when it arrived, in ms since the process started. */
export interface TimedLine {
  at: number;
  text: string;
}

export interface BuildPhases {
  /** Node start, config and integrations, until the content layer starts. */
  startup: number;
  /** Content layer: reading, parsing and validating every article (`[content] Syncing … Synced`). */
  content: number;
  /** Type generation, build info and the Vite bundle, until page generation starts. */
  bundle: number;
  /** Rendering every static route to HTML (`generating static routes` … `✓ Completed`). */
  render: number;
  /** Pagefind indexing and writing (`[zhuanzai:pagefind] Indexing` … `Indexed`). */
  search: number;
  /** Everything after indexing until the process exits. */
  finish: number;
}

/**
 * Splits `astro build` output into phases by the lines Astro and the Pagefind integration print.
 * Astro's own timestamps have one-second resolution, so line arrival times are used instead.
 */
export function linesToPhases(lines: readonly TimedLine[], exitAt: number): BuildPhases {
  const plain = lines.map((l) => ({ at: l.at, text: l.text.replace(/\x1b\[[0-9;]*m/g, '') }));
  const find = (re: RegExp, after = 0) => plain.find((l) => l.at >= after && re.test(l.text))?.at;
  const syncStart = find(/\[content\] Syncing content/) ?? 0;
  const syncEnd = find(/\[content\] Synced content/, syncStart) ?? syncStart;
  const renderStart = find(/generating static routes/, syncEnd) ?? syncEnd;
  const renderEnd = find(/^\S*\s*✓ Completed in/, renderStart) ?? renderStart;
  const searchStart = find(/\[zhuanzai:pagefind\] Indexing/, renderEnd) ?? renderEnd;
  const searchEnd = find(/\[zhuanzai:pagefind\] Indexed/, searchStart) ?? searchStart;
  return {
    startup: syncStart,
    content: syncEnd - syncStart,
    bundle: renderStart - syncEnd,
    render: renderEnd - renderStart,
    search: searchEnd - searchStart,
    finish: exitAt - searchEnd,
  };
}
