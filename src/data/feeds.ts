import rss from '@astrojs/rss';
import { dateToIso } from '../lib/dates.ts';
import { absolutiseHtml, channelToAtom, entriesToRssItems, type FeedChannel, type FeedEntry } from '../lib/feed.ts';
import { markdownToSummary } from '../lib/summary.ts';
import { toAbsolute } from '../lib/urls.ts';
import { publishedOn } from '../lib/visibility.ts';
import type { Site } from '../schemas/site.ts';
import { withRenderedBody } from './article-body.ts';
import { getCatalog, type Article } from './catalog.ts';

/** Feeds carry the latest 50 articles. */
export const FEED_SIZE = 50;

const BASE = import.meta.env.BASE_URL;

async function articleToEntry(a: Article, site: Site): Promise<FeedEntry> {
  const data = a.entry.data;
  const html = site.feed === 'full' ? (await withRenderedBody(a.entry)).rendered?.html : undefined;
  return {
    title: data.title,
    url: toAbsolute(site.url, BASE, a.path),
    published: dateToIso(data.date),
    updated: dateToIso(publishedOn(data)),
    summary: data.summary ?? markdownToSummary(a.entry.body ?? ''),
    content: html !== undefined ? absolutiseHtml(html, new URL(site.url).origin) : undefined,
    author: data.author,
    categories: [a.column.name, ...data.tags],
  };
}

/** The site feed (no column) or one column's feed, as plain channel data. */
export async function feedChannel(columnSlug: string | undefined, format: 'rss' | 'atom'): Promise<FeedChannel> {
  const { site, listed, byColumn, columns } = await getCatalog();
  const column = columns.find((c) => c.slug === columnSlug);
  const articles = (column ? (byColumn.get(column.slug) ?? []) : listed).slice(0, FEED_SIZE);
  const pagePath = column ? `/columns/${column.slug}/` : '/';
  return {
    title: column ? `${column.name} - ${site.name}` : site.name,
    description: column ? column.description || column.name : site.description,
    pageUrl: toAbsolute(site.url, BASE, pagePath),
    selfUrl: toAbsolute(site.url, BASE, `${pagePath}${format}.xml`),
    entries: await Promise.all(articles.map((a) => articleToEntry(a, site))),
  };
}

export async function rssResponse(columnSlug?: string): Promise<Response> {
  const channel = await feedChannel(columnSlug, 'rss');
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.pageUrl,
    items: entriesToRssItems(channel.entries),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>zh-cn</language><atom:link href="${channel.selfUrl}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}

export async function atomResponse(columnSlug?: string): Promise<Response> {
  const channel = await feedChannel(columnSlug, 'atom');
  return new Response(channelToAtom(channel), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
