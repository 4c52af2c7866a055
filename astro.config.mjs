// @ts-check
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';
import { astroCommandIntegration } from './src/integrations/astro-command.ts';
import { cmsIntegration } from './src/integrations/cms.ts';
import { cmsApiOrigins } from './src/lib/cms-config.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { hostHeadersIntegration } from './src/integrations/host-headers.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { articleBodiesIntegration } from './src/integrations/article-bodies.ts';
import { articleProcessor } from './src/plugins/markdown-processor.ts';
import { siteBase } from './src/schemas/site.ts';

const contentDir = process.env.ZHUANZAI_CONTENT_DIR ?? 'content';
/** Only `url`, `base`, `canonical` and `admin` are read here; content.config.ts validates the whole file. */
const siteYaml = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) ?? {};
const site = process.env.SITE_URL ?? siteYaml.url;
const base = siteBase(siteYaml);
// One data-store cache per content folder and per version of the code that fills it: fixture and
// benchmark builds never reuse each other's entries, and a change to the schemas, the loader, the
// summaries or the Markdown renderer (which Astro does not detect: it hashes the config as JSON, and
// keeps an entry's rendered HTML until the file changes) starts a fresh cache instead of serving
// entries made by the old code. The locked dependency versions count too (remark, rehype, GFM).
/**
 * The project's own modules that `entry` imports, itself included, followed from import to import.
 * @param {string} entry
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function localSources(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, spec] of readFileSync(entry, 'utf8').matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g))
    if (spec) localSources(join(dirname(entry), spec), seen);
  return seen;
}
const cacheSources = [
  ...localSources('src/content.config.ts'),
  ...localSources('src/plugins/markdown-processor.ts'),
  ...(existsSync('package-lock.json') ? ['package-lock.json'] : []),
];
const cacheHash = createHash('sha256').update(resolve(contentDir));
for (const file of [...new Set(cacheSources)].sort()) cacheHash.update(`${file}\0`).update(readFileSync(file));
const cacheKey = cacheHash.digest('hex').slice(0, 12);
// Astro keeps the content data store in one string by default; past V8's string limit (~512 MB) that
// fails with "Invalid string length". The store holds no rendered HTML (src/content.config.ts), about
// 0.8 KB an article, so one file serves far past 100,000 articles; larger archives store it in chunks.
const CHUNKED_STORE_ABOVE = 300000;
const articlesDir = join(contentDir, 'articles');
const articleFiles = existsSync(articlesDir)
  ? readdirSync(articlesDir, { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length
  : 0;
const chunkedStore = articleFiles > CHUNKED_STORE_ABOVE;
const cacheDir = `./node_modules/.astro/${cacheKey}`;
const markdownOptions = { base, siteHost: site ? new URL(site).host : undefined };

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.ZHUANZAI_OUT_DIR ?? './dist',
  cacheDir,
  // Four pages in flight: while one page's folder and file are written (Astro waits for each on
  // libuv's threads, which share the two cores with Pagefind) the next renders. 10,000 articles of
  // short bodies, cold, five alternating rounds: 32.5 s against 35.6 s (medians, every run faster); of
  // long bodies, where Pagefind decides, 52.5 s against 49.8 s (three rounds, all within 44.6–53.1 s).
  // docs/performance.md, 8 December.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  experimental: { collectionStorage: chunkedStore ? 'chunked' : 'single-file' },
  // The page bundle reads the data store from its file instead of inlining it (see the plugin).
  vite: {
    plugins: chunkedStore ? [] : [dataStoreFromDisk(fileURLToPath(new URL(`${cacheDir}/data-store.json`, import.meta.url)))],
    // Assembling a distributed build (scripts/lib/build/assemble.ts), the parts' article pages are laid into the output
    // folder first, so that `_headers` hashes their inline scripts too.
    ...(process.env.ZHUANZAI_KEEP_OUT_DIR === '1' ? { build: { emptyOutDir: false } } : {}),
  },
  markdown: {
    syntaxHighlight: false,
    // The site's pipeline (sanitiser, base-path links, external-link marks); simple Markdown skips it.
    processor: articleProcessor(markdownOptions),
  },
  integrations: [
    astroCommandIntegration(),
    // Article pages render their Markdown bodies themselves, with this processor (the data store holds no HTML).
    articleBodiesIntegration(markdownOptions),
    mdx(),
    sitemapIntegration({ contentDir, base, siteCanonical: siteYaml.canonical ?? 'self' }),
    // The search index is built by scripts/build.ts from the checked content, alongside this build.
    hostHeadersIntegration({ admin: siteYaml.admin ? { connectOrigins: cmsApiOrigins(siteYaml.admin) } : undefined }),
    // The editors' desk at /admin/ (Decap CMS), unless site.yaml says `admin: false`.
    cmsIntegration({ enabled: Boolean(siteYaml.admin) }),
  ],
});
