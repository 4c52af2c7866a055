import { instantToArticleDate, parseArticleDate, type ArticleDate } from '../../../src/lib/dates.ts';

const pad = (n: string) => n.padStart(2, '0');

/** A date with an optional time, in the spellings Chinese news pages use. */
const DATE_PATTERNS: readonly RegExp[] = [
  // 2024-05-09 22:27:02, 2024/5/9 22:27, 2024.05.09, 2024-05-09T22:27:02
  /(?<y>(?:19|20)\d\d)\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})(?:(?:\s*[T\s]\s*|-)(?<h>\d{1,2})[:：](?<min>\d{2}))?/,
  // 2024年05月10日06:58, 2024年5月10日 06:58, 2024年5月10日 06时58分
  /(?<y>(?:19|20)\d\d)\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日(?:\s*(?<h>\d{1,2})\s*[:：时]\s*(?<min>\d{2}))?/,
  // 2024 05/09 22:27:02 (新华网's header)
  /(?<y>(?:19|20)\d\d)\s+(?<m>\d{1,2})\/(?<d>\d{1,2})(?:\s+(?<h>\d{1,2}):(?<min>\d{2}))?/,
];

/** The first date in `text` and where it was found, normalised to `YYYY-MM-DD[ HH:mm]`. */
export function findDate(text: string): { date: ArticleDate; index: number; length: number } | undefined {
  let best: { date: ArticleDate; index: number; length: number } | undefined;
  for (const re of DATE_PATTERNS) {
    const m = re.exec(text);
    const g = m?.groups;
    if (!m || !g?.['y'] || !g['m'] || !g['d']) continue;
    const day = `${g['y']}-${pad(g['m'])}-${pad(g['d'])}`;
    const h = g['h'];
    const min = g['min'];
    const withTime = h !== undefined && min !== undefined && !(Number(h) === 0 && min === '00') ? `${day} ${pad(h)}:${min}` : day;
    const date = parseArticleDate(withTime) ? withTime : parseArticleDate(day) ? day : undefined;
    if (date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/** Reads a `<meta>` date: ISO 8601 with an offset is converted to Beijing time; other forms as written. */
export function metaDateToArticleDate(value: string): ArticleDate | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.exec(value.trim());
  if (iso) {
    const instant = new Date(value.trim());
    if (!Number.isNaN(instant.getTime())) {
      const date = instantToArticleDate(instant);
      return date.endsWith(' 00:00') ? date.slice(0, 10) : date;
    }
  }
  return findDate(value)?.date;
}

/** A date in a URL path: `/2024-05/20/`, `/20240509/`, `/202405/t20240513_…`, `/2024/0510/`, e-papers' `/202405/10/` and `/2024-05-10/`. */
export function urlToDate(url: string): ArticleDate | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const patterns = [
    /\/((?:19|20)\d\d)-(\d\d)\/(\d\d)\//,
    /\/((?:19|20)\d\d)\/(\d\d)(\d\d)\//,
    /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//,
    /\/((?:19|20)\d\d)(\d\d)\/(\d\d)\//,
    /\/((?:19|20)\d\d)-(\d\d)-(\d\d)\//,
    /[/_t]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.]|$)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m?.[1] && m[2] && m[3]) {
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      if (parseArticleDate(date)) return date;
    }
  }
  return undefined;
}
