import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { articlePathToId } from './lib/slugs.ts';
import { createArticleSchema } from './schemas/article.ts';
import { ColumnSchema } from './schemas/columns.ts';
import { formatProblem } from './schemas/problems.ts';
import { SiteSchema } from './schemas/site.ts';
import { parseSiteData, type SiteData } from './schemas/site-data.ts';
import { SourceSchema } from './schemas/sources.ts';
import { contentDir } from './content-dir.ts';

/** The one place where `src/` reads `content/`: site data first, then the articles against it. */
function loadSiteData(dir: string): SiteData {
  const read = (name: string) => {
    const file = join(dir, name);
    return { file, text: readFileSync(file, 'utf8') };
  };
  const result = parseSiteData({ site: read('site.yaml'), columns: read('columns.yaml'), sources: read('sources.yaml') });
  if (!result.ok) {
    throw new Error(`站点数据有误 (site data is invalid):\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.data;
}

const data = loadSiteData(contentDir);

const articles = defineCollection({
  loader: glob({
    base: join(contentDir, 'articles'),
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => articlePathToId(entry),
  }),
  schema: createArticleSchema(data),
});

const site = defineCollection({
  loader: () => [{ id: 'site', ...data.site }],
  schema: SiteSchema.extend({ id: z.string() }),
});

const columns = defineCollection({
  loader: () => data.columns.map((c) => ({ id: c.slug, ...c })),
  schema: ColumnSchema.extend({ id: z.string() }),
});

const sources = defineCollection({
  loader: () => data.sources.map((s) => ({ id: s.slug, ...s })),
  schema: SourceSchema.extend({ id: z.string() }),
});

export const collections = { articles, site, columns, sources };
