import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { rssResponse } from '../../../data/feeds.ts';
import { rendersListRoutes } from '../../../lib/partial-build.ts';

export const getStaticPaths = (async () =>
  rendersListRoutes() ? (await getCatalog()).columns.map((c) => ({ params: { slug: c.slug } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => rssResponse(params['slug']);
