import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { resolvesRemoteImages } from '../lib/body-images.ts';
import { articleUnifiedProcessor, renderSimpleMarkdown, type ArticleMarkdownOptions } from '../plugins/markdown-processor.ts';
import type { ArticleEntry } from './catalog.ts';

/** What `src/integrations/article-bodies.ts` hands the pages. */
export interface ArticleBodiesConfig {
  processor: ArticleMarkdownOptions;
  shared: AstroMarkdownOptions;
  /** The project root: entries' `filePath` is relative to it. */
  root: string;
  /** Rendered bodies by file digest. */
  cacheDir: string;
}

type Rendered = NonNullable<ArticleEntry['rendered']>;

let config: ArticleBodiesConfig | undefined;
let renderer: Promise<MarkdownRenderer> | undefined;

function bodiesConfig(): ArticleBodiesConfig {
  config ??= JSON.parse(import.meta.env.ZHUANZAI_ARTICLE_BODIES) as ArticleBodiesConfig;
  return config;
}

/**
 * The body as Astro's Markdown entry type reads it: the file without its frontmatter, trimmed
 * (`parseFrontmatter(…, { frontmatter: 'empty-with-spaces' }).content.trim()`, the same text),
 * without parsing the frontmatter again: the content check has, and the page has its data.
 */
export function markdownFileToBody(code: string): string {
  const raw = extractFrontmatter(code);
  if (raw === undefined) return code.trim();
  const delims = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(code)?.[1] === '+++' ? '+++' : '---';
  // Astro's own replacement (its first match of the delimiters and the raw text), then the trim.
  return code.replace(`${delims}${raw}${delims}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `).trim();
}

function readBody(file: string): string {
  return markdownFileToBody(readFileSync(file, 'utf8'));
}

function readCached(file: string): Rendered | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Rendered;
  } catch {
    return undefined;
  }
}

function writeCached(dir: string, file: string, rendered: Rendered): void {
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed: a build in parts may share the folder, and a reader never sees half a file.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(rendered));
  renameSync(temp, file);
}

/**
 * The entry with its rendered body, for `render()` and the feeds. The articles' loader
 * (`src/content.config.ts`) leaves most Markdown bodies unrendered, so that the data store holds
 * no HTML; they are rendered here, by the processor and with the options the content layer uses,
 * when a page needs them. A simple body is written by the fast path (`renderSimpleMarkdown`),
 * which takes less time than reading a cached copy; the others go through the pipeline and are
 * kept in `cacheDir` by file digest for the next build. Entries the content layer rendered
 * (bodies with images Astro resolves) and MDX entries (which Astro renders itself) are returned
 * as they are.
 */
export async function withRenderedBody(entry: ArticleEntry): Promise<ArticleEntry> {
  if (entry.rendered !== undefined || entry.filePath?.endsWith('.md') !== true) return entry;
  const { processor, shared, root, cacheDir } = bodiesConfig();
  const file = resolve(root, entry.filePath);
  const body = readBody(file);
  const simple = renderSimpleMarkdown(body, entry.data, { ...processor, remoteImages: !resolvesRemoteImages(shared.image) });
  if (simple) return { ...entry, rendered: { html: simple.code, metadata: { headings: simple.metadata.headings, imagePaths: [] } } };

  const cached = entry.digest === undefined ? undefined : join(cacheDir, `${entry.digest}.json`);
  const hit = cached === undefined ? undefined : readCached(cached);
  if (hit) return { ...entry, rendered: hit };
  renderer ??= articleUnifiedProcessor(processor).createRenderer(shared);
  const result = await (await renderer).render(body, { frontmatter: entry.data, fileURL: pathToFileURL(file) });
  const imagePaths = [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths];
  if (imagePaths.length > 0) {
    // The loader lets the content layer render every body whose images Astro resolves; this one slipped past its test.
    throw new Error(
      `${entry.filePath}: 正文中的图片 ${imagePaths.join(', ')} 需由内容层处理 (the body has images Astro must resolve, but the loader did not render it: see bodyNeedsContentLayer in src/content.config.ts)`,
    );
  }
  const rendered: Rendered = { html: result.code, metadata: { headings: result.metadata.headings, imagePaths } };
  if (cached !== undefined) writeCached(cacheDir, cached, rendered);
  return { ...entry, rendered };
}
