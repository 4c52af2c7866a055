/**
 * The column named by a breadcrumb line (`当前所在:首页 > 廉政舆情 > 正文`, `首页>>国内>>正文`),
 * when one of its parts is a known column. Undefined otherwise, so the caller falls back
 * to `--category`.
 */
export function breadcrumbToCategory(lines: readonly string[], columns: readonly string[]): string | undefined {
  for (const line of lines) {
    if (!/[>›»＞]|->/u.test(line) || line.length > 120) continue;
    const parts = line
      .replace(/^.*?(?:当前所在|当前位置|您的位置|所在位置)\s*[:：]?/u, '')
      .split(/\s*(?:>>|->|[>›»＞])\s*/u)
      .map((p) => p.trim());
    for (const part of parts.reverse()) {
      if (columns.includes(part)) return part;
    }
  }
  return undefined;
}
