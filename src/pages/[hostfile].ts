import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { deadLinksTxt, deadLinksXml, redirectsFile, takedownLogCsv } from '../lib/host-rules.ts';
import { toAbsolute, withBase } from '../lib/urls.ts';
import { rendersListRoutes } from '../lib/partial-build.ts';

/** Host and operator files generated from the content: see src/lib/host-rules.ts. */
const FILES = ['_redirects', 'deadlinks.txt', 'deadlinks.xml', 'takedown-log.csv'] as const;

export const getStaticPaths = (() =>
  rendersListRoutes() ? FILES.map((hostfile) => ({ params: { hostfile } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { site, withdrawn, redirects } = await getCatalog();
  const base = import.meta.env.BASE_URL;
  const deadUrls = withdrawn.map((a) => toAbsolute(site.url, base, a.path));
  switch (params['hostfile']) {
    case '_redirects':
      return new Response(
        redirectsFile(
          redirects.map((r) => ({ from: withBase(base, r.from), to: withBase(base, r.to) })),
          withdrawn.map((a) => withBase(base, a.path)),
        ),
      );
    case 'deadlinks.txt':
      return new Response(deadLinksTxt(deadUrls));
    case 'deadlinks.xml':
      return new Response(deadLinksXml(deadUrls));
    default:
      return new Response(
        takedownLogCsv(
          withdrawn.map((a) => ({
            url: toAbsolute(site.url, base, a.path),
            title: a.entry.data.title,
            received: a.entry.data.withdrawn?.received,
            done: a.entry.data.withdrawn?.date ?? '',
            reason: a.entry.data.withdrawn?.reason ?? '',
          })),
        ),
      );
  }
};
