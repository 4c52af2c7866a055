import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { atomResponse } from '../../../data/feeds.ts';
import { isPartialBuild } from '../../../lib/partial-build.ts';

export const getStaticPaths = (async () =>
  isPartialBuild() ? [] : (await getCatalog()).columns.map((c) => ({ params: { slug: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => atomResponse(params['slug']);
