/**
 * Article dates are calendar values in Asia/Shanghai, kept as normalised strings
 * (`YYYY-MM-DD` or `YYYY-MM-DD HH:mm`) so that no build machine's time zone can shift them.
 */
export type ArticleDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;
/** China has not observed daylight saving since 1991: the offset is fixed. */
const SHANGHAI_OFFSET = '+08:00';

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | undefined;
  minute: number | undefined;
}

/**
 * The moment a build publishes at: `ZHUANZAI_NOW` (`YYYY-MM-DD` or `YYYY-MM-DD HH:mm`, Beijing
 * time, to build the site as it was or will be) or now in Asia/Shanghai. Any other form, or a day
 * the calendar does not have, is refused,
 * naming the variable, the value and the form.
 */
export function publicationMoment(fixed: string | undefined): string {
  if (fixed === undefined || fixed === '') return instantToArticleDate(new Date());
  if (parseArticleDate(fixed) === undefined)
    throw new Error(
      `ZHUANZAI_NOW 应写作 2024-06-01 或 2024-06-01 12:00（北京时间）。ZHUANZAI_NOW must be YYYY-MM-DD or YYYY-MM-DD HH:mm (Beijing time), got "${fixed}": fix it or unset it.`,
    );
  return fixed;
}

/** Parses `YYYY-MM-DD[ HH:mm]`; returns `undefined` for anything else, including 2024-02-30. */
export function parseArticleDate(value: string): DateParts | undefined {
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? undefined : Number(m[4]);
  const minute = m[5] === undefined ? undefined : Number(m[5]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59)) return undefined;
  return { year, month, day, hour, minute };
}

/**
 * Turns what YAML gave for a date into the normalised string. YAML reads an unquoted
 * `2024-04-18` as a timestamp at UTC midnight, so a `Date` is read back in UTC.
 */
export function yamlValueToArticleDate(value: unknown): ArticleDate | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    const time = iso.slice(11, 16);
    return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
  }
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return parseArticleDate(trimmed) ? trimmed : undefined;
}

/** The calendar day, `2024-04-18`: what pages show as 发布时间. */
export function dateToDay(date: ArticleDate): string {
  return date.slice(0, 10);
}

/** ISO 8601 with the Shanghai offset, for `<time datetime>`, feeds and JSON-LD. */
export function dateToIso(date: ArticleDate): string {
  const time = date.length > 10 ? date.slice(11) : '00:00';
  return `${date.slice(0, 10)}T${time}:00${SHANGHAI_OFFSET}`;
}

/** Chinese long form, `2024年4月18日`. */
export function dateToChinese(date: ArticleDate): string {
  const parts = parseArticleDate(date);
  if (!parts) return date;
  return `${parts.year}年${parts.month}月${parts.day}日`;
}

/** Sort key: a date-only value counts as 00:00 of that day. */
export function dateToSortKey(date: ArticleDate): string {
  return date.length > 10 ? date : `${date} 00:00`;
}

/** The current moment as an article date in Asia/Shanghai. */
export function instantToArticleDate(instant: Date): ArticleDate {
  const shifted = new Date(instant.getTime() + 8 * 3600 * 1000);
  const iso = shifted.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Newest first; ties keep a stable order by the tie-breaker. */
export function compareDatesDesc(a: ArticleDate, b: ArticleDate): number {
  const ka = dateToSortKey(a);
  const kb = dateToSortKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

/**
 * The normalised form of a date written another common way (`2024年4月18日`, `2024/4/18`,
 * `2024.04.18 9:30`), for the "write it like this" hint. Undefined when it is no date.
 */
export function suggestArticleDate(value: string): ArticleDate | undefined {
  const m = /^\s*(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?)?\s*$/.exec(
    value.normalize('NFKC'),
  );
  if (!m) return undefined;
  const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');
  const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}${m[4] === undefined ? '' : ` ${pad(m[4])}:${pad(m[5])}`}`;
  return parseArticleDate(date) ? date : undefined;
}
