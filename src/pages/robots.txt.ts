import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { toAbsolute } from '../lib/urls.ts';

/** Lets every crawler in, and points them at the sitemap index written by @astrojs/sitemap. */
export const GET: APIRoute = async () => {
  const { site } = await getCatalog();
  const sitemap = toAbsolute(site.url, import.meta.env.BASE_URL, '/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
