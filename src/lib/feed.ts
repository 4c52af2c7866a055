/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, LF and CR; U+FFFE/U+FFFF;
 * lone surrogates): a feed containing one is not well-formed, and readers reject all of it.
 */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 forbids; everything else is kept as is. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for XML element content and double-quoted attributes, after stripping. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Makes root-relative `href` and `src` values in HTML absolute: feed readers have no base URL. */
export function absolutiseHtml(html: string, origin: string): string {
  const root = origin.replace(/\/+$/, '');
  return html.replace(/\s(href|src)="\/(?!\/)/g, (_, attr: string) => ` ${attr}="${root}/`);
}

/** One article as feeds see it: plain data, every URL absolute. */
export interface FeedEntry {
  title: string;
  url: string;
  /** ISO 8601 with offset: the original publish date. */
  published: string;
  /** ISO 8601 with offset: when this site published it. */
  updated: string;
  summary: string;
  /** Full HTML body, when the site's feeds carry the full text. */
  content?: string | undefined;
  author: string;
  categories: readonly string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page this feed mirrors (site home or column page). */
  pageUrl: string;
  /** The feed's own URL. */
  selfUrl: string;
  entries: readonly FeedEntry[];
}

/** An Atom 1.0 document (RFC 4287). `updated` is the newest entry's, so rebuilds are stable. */
export function channelToAtom(channel: FeedChannel): string {
  const updated =
    channel.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = channel.entries.map((e) =>
    [
      '<entry>',
      `<title>${escapeXml(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `<id>${escapeXml(e.url)}</id>`,
      `<published>${escapeXml(e.published)}</published>`,
      `<updated>${escapeXml(e.updated)}</updated>`,
      `<author><name>${escapeXml(e.author)}</name></author>`,
      ...e.categories.map((c) => `<category term="${escapeXml(c)}"/>`),
      `<summary>${escapeXml(e.summary)}</summary>`,
      e.content === undefined ? '' : `<content type="html">${escapeXml(e.content)}</content>`,
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `<title>${escapeXml(channel.title)}</title>`,
    `<subtitle>${escapeXml(channel.description)}</subtitle>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(channel.pageUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(channel.selfUrl)}"/>`,
    `<id>${escapeXml(channel.selfUrl)}</id>`,
    `<updated>${escapeXml(updated)}</updated>`,
    ...entries,
    '</feed>',
  ].join('\n');
}

/** What `@astrojs/rss` takes per item; text is stripped here and escaped by its XML builder. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content?: string;
  categories: string[];
  customData: string;
}

/** RSS 2.0 items; the author goes into `dc:creator`, since RSS `author` must be an e-mail address. */
export function entriesToRssItems(entries: readonly FeedEntry[]): RssItem[] {
  return entries.map((e) => ({
    title: stripInvalidXmlChars(e.title),
    link: e.url,
    pubDate: new Date(e.published),
    description: stripInvalidXmlChars(e.summary),
    ...(e.content === undefined ? {} : { content: stripInvalidXmlChars(e.content) }),
    categories: e.categories.map(stripInvalidXmlChars),
    customData: `<dc:creator>${escapeXml(e.author)}</dc:creator>`,
  }));
}
