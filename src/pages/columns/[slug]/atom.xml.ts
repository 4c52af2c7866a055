import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { atomResponse } from '../../../data/feeds.ts';
import { rendersListRoute } from '../../../lib/partial-build.ts';

export const getStaticPaths = (async () =>
  (await getCatalog()).columns
    .filter((c) => rendersListRoute(`/columns/${c.slug}/atom.xml`))
    .map((c) => ({ params: { slug: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => atomResponse(params['slug']);
