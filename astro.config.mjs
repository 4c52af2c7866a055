// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { rehypeMarkExternal } from './src/plugins/rehype-mark-external.ts';
import { rehypeSanitizeHtml } from './src/plugins/rehype-sanitize-html.ts';

const contentDir = process.env.ZHUANZAI_CONTENT_DIR ?? 'content';
/** Only `url` and `base` are read here; content.config.ts validates the whole file. */
const siteYaml = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) ?? {};
const site = process.env.SITE_URL ?? siteYaml.url;
const base = process.env.SITE_BASE ?? siteYaml.base ?? '/';
// One data-store cache per content folder, so fixture and benchmark builds never reuse each other's.
const cacheKey = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.ZHUANZAI_OUT_DIR ?? './dist',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // SmartyPants would rewrite quotes and dashes in Chinese text: reprints must not change it.
      smartypants: false,
      rehypePlugins: [rehypeSanitizeHtml, [rehypeMarkExternal, { siteHost: site ? new URL(site).host : undefined }]],
    }),
  },
  // ZHUANZAI_SEARCH_SHARDS=year: one search index per year, re-indexed only when its pages change.
  integrations: [mdx(), pagefindIntegration({ shards: process.env.ZHUANZAI_SEARCH_SHARDS === 'year' ? 'year' : 'none' })],
});
