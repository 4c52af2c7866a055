import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildThenIndex, type ComparisonRun } from './comparison.ts';

/**
 * The other comparison the scale target names: a minimal Astro site over the same corpus, as an
 * Astro blog starter would build it (glob loader, article pages, home, paginated column pages,
 * RSS; the collection loaded once per build), then the Pagefind CLI over its output. It uses the
 * project's own Astro, from the project's node_modules; caches go to its own folder.
 */
function files(corpus: string, cache: string): Record<string, string> {
  const articles = JSON.stringify(join(corpus, 'articles'));
  return {
    'package.json': '{ "name": "astro-minimal", "private": true, "type": "module" }\n',
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  cacheDir: ${JSON.stringify(join(cache, 'astro'))},
  vite: { cacheDir: ${JSON.stringify(join(cache, 'vite'))} },
  devToolbar: { enabled: false },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
// YAML reads a bare 2024-04-18 as a Date; 2024-04-18 09:30 stays text.
const day = z.union([z.date(), z.string()]).transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: ${articles} }),
    schema: z.object({ title: z.string(), date: day, source: z.string(), author: z.string().optional(), originalUrl: z.string(), category: z.string() }),
  }),
};
`,
    'src/lib/articles.ts': `import { getCollection } from 'astro:content';
let all: ReturnType<typeof load> | undefined;
async function load() {
  const list = await getCollection('articles');
  return list.sort((a, b) => b.data.date.localeCompare(a.data.date));
}
/** Every article, newest first: loaded once per build. */
export const articles = () => (all ??= load());
export const columnSlug = (names: string[], name: string) => \`c\${names.indexOf(name)}\`;
`,
    'src/components/Base.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title} - 示范转载网</title></head>
  <body><header><a href="/">示范转载网</a></header><slot /><footer>示范转载网</footer></body>
</html>
`,
    'src/pages/index.astro': `---
import Base from '../components/Base.astro';
import { articles } from '../lib/articles.ts';
const latest = (await articles()).slice(0, 20);
---
<Base title="首页"><main><ul>{latest.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a> {a.data.date}</li>)}</ul></main></Base>
`,
    'src/pages/articles/[...id].astro': `---
import { render } from 'astro:content';
import Base from '../../components/Base.astro';
import { articles } from '../../lib/articles.ts';
export async function getStaticPaths() {
  return (await articles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title}>
  <main data-pagefind-body>
    <h1>{entry.data.title}</h1>
    <p>发布时间：{entry.data.date} 来源：{entry.data.source} 作者：{entry.data.author ?? '佚名'}</p>
    <Content />
    <p>原文链接：<a href={entry.data.originalUrl}>{entry.data.originalUrl}</a></p>
  </main>
</Base>
`,
    'src/pages/columns/[column]/[...page].astro': `---
import type { GetStaticPaths } from 'astro';
import Base from '../../../components/Base.astro';
import { articles, columnSlug } from '../../../lib/articles.ts';
export const getStaticPaths = (async ({ paginate }) => {
  const list = await articles();
  const names = [...new Set(list.map((a) => a.data.category))].sort();
  return names.flatMap((name) =>
    paginate(list.filter((a) => a.data.category === name), { params: { column: columnSlug(names, name) }, props: { name }, pageSize: 20 }),
  );
}) satisfies GetStaticPaths;
const { page, name } = Astro.props;
---
<Base title={name}>
  <main>
    <h1>{name}</h1>
    <ul>{page.data.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.title}</a> {a.data.date}</li>)}</ul>
    {page.url.prev && <a href={page.url.prev}>上一页</a>} {page.url.next && <a href={page.url.next}>下一页</a>}
  </main>
</Base>
`,
    'src/pages/rss.xml.ts': `import { articles } from '../lib/articles.ts';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export async function GET() {
  const items = (await articles())
    .slice(0, 50)
    .map((a) => \`<item><title>\${esc(a.data.title)}</title><link>https://example.org/articles/\${a.id}/</link><pubDate>\${a.data.date}</pubDate></item>\`)
    .join('');
  const xml = \`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>示范转载网</title><link>https://example.org/</link><description>示范转载网</description>\${items}</channel></rss>\`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
`,
  };
}

/** Writes the minimal Astro project into `dir`, reading the corpus where it is. */
export function writeAstroMinimal(corpus: string, dir: string, nodeModules: string): void {
  for (const [file, text] of Object.entries(files(corpus, join(dir, '.cache')))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}

/** `astro build` of the minimal project, then the Pagefind CLI over its `dist/`. */
export function runAstroMinimal(dir: string, pagefindBin: string, verbose: boolean): Promise<ComparisonRun> {
  const astro = join(dir, 'node_modules', 'astro');
  const version = (JSON.parse(readFileSync(join(astro, 'package.json'), 'utf8')) as { version: string }).version;
  return buildThenIndex(
    `minimal Astro ${version}`,
    { command: process.execPath, args: [join(astro, 'bin', 'astro.mjs'), 'build'], env: { ASTRO_TELEMETRY_DISABLED: '1' } },
    { dir, outDir: 'dist', pagefindBin, verbose },
  );
}
