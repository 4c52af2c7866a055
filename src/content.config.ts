import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { bodyNeedsContentLayer, resolvesRemoteImages } from './lib/body-images.ts';
import { MANIFEST_META_KEY, parseManifest, planSync, siteDataChanged, waitForManifest } from './lib/content-manifest.ts';
import { articlePathToId } from './lib/slugs.ts';
import { markdownToSummary } from './lib/summary.ts';
import { withUnchangedFilesUnparsed, type EntryInfoType } from './lib/unchanged-entries.ts';
import { createArticleSchema } from './schemas/article.ts';
import { ColumnSchema } from './schemas/columns.ts';
import { formatProblem } from './schemas/problems.ts';
import { SiteSchema } from './schemas/site.ts';
import { parseSiteData, SYNONYMS_FILE, type SiteData } from './schemas/site-data.ts';
import { SourceSchema } from './schemas/sources.ts';
import { contentDir } from './content-dir.ts';

/** The one place where `src/` reads `content/`: site data first, then the articles against it. */
function loadSiteData(dir: string): SiteData {
  const read = (name: string) => {
    const file = join(dir, name);
    return { file, text: readFileSync(file, 'utf8') };
  };
  const synonyms = existsSync(join(dir, SYNONYMS_FILE)) ? read(SYNONYMS_FILE) : undefined;
  const result = parseSiteData({ site: read('site.yaml'), columns: read('columns.yaml'), sources: read('sources.yaml'), synonyms });
  if (!result.ok) {
    throw new Error(`站点数据有误 (site data is invalid):\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.data;
}

const data = loadSiteData(contentDir);

type RenderFunction = (entry: { body?: string }) => Promise<unknown>;
interface EntryType extends EntryInfoType {
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
}

/**
 * The entry types the glob loader reads from its context (`entryTypes`, which `LoaderContext`
 * does not declare), with the Markdown type rendering only the bodies `keep` accepts; the others
 * render to nothing, which the glob loader stores without `rendered`. Undefined when the context
 * has no such map: the glob loader then renders every body, as Astro does, and pages use that.
 */
function withMarkdownRenderedOnlyIf(keep: (body: string) => boolean, context: LoaderContext): Map<string, EntryType> | undefined {
  const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  const markdown = types?.get('.md');
  const getRenderFunction = markdown?.getRenderFunction;
  if (!types || !markdown || !getRenderFunction) return undefined;
  return new Map(types).set('.md', {
    ...markdown,
    getRenderFunction: async (config) => {
      const render = await getRenderFunction.call(markdown, config);
      return async (entry) => (keep(entry.body ?? '') ? render(entry) : undefined);
    },
  });
}

/**
 * The articles' glob loader, with two differences that keep the data store small (it is held
 * in memory, and written whole, by every build):
 * - each entry keeps its default summary (the first paragraph, `markdownToSummary`) in
 *   `data.summary` instead of its whole Markdown body; an editor's own `summary` is kept as written;
 * - Markdown bodies are not rendered here: article pages render them when they need them
 *   (`src/data/article-body.ts`), so the store holds no HTML. Bodies with images that Astro
 *   resolves are still rendered here, as Astro needs; MDX is untouched (Astro defers it);
 * - under `npm run build`, the files the check found unchanged since the last sync (by the digests
 *   of its content manifest, src/lib/content-manifest.ts) are not read again: only the new and
 *   changed ones go to a glob loader of their own.
 */
function articlesLoader(): Loader {
  const inner = glob({
    base: join(contentDir, 'articles'),
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => articlePathToId(entry),
  });
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              const { body, ...rest } = entry;
              const summary = entry.data['summary'] ?? markdownToSummary(body ?? '');
              return target.set({ ...rest, data: { ...entry.data, summary } });
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const remoteImagesResolved = resolvesRemoteImages(context.config.image);
      const rendered = withMarkdownRenderedOnlyIf((body) => bodyNeedsContentLayer(body, remoteImagesResolved), context);
      const base = join(contentDir, 'articles');
      const entryTypes =
        rendered && withUnchangedFilesUnparsed(rendered, context, (url) => articlePathToId(relative(base, fileURLToPath(url))));
      const withTypes = { ...context, store, ...(entryTypes ? { entryTypes } : {}) } as LoaderContext;
      // The files the build script's check read (src/lib/content-manifest.ts): only the new and changed ones are read again.
      const manifest = await waitForManifest();
      const root = fileURLToPath(context.config.root);
      const previous = parseManifest(context.meta.get(MANIFEST_META_KEY));
      const plan =
        manifest &&
        planSync(manifest, previous, context.store, articlePathToId, (file) => relative(root, join(base, file)).split(sep).join('/'));
      if (!plan) {
        // Entries parsed against other site data: the glob loader would keep those of unchanged files.
        if (manifest && siteDataChanged(manifest, previous)) {
          context.logger.info('Site data changed: every article file is read and parsed again (content manifest).');
          context.store.clear();
        }
        await inner.load(withTypes);
      } else {
        context.logger.info(
          `${plan.changed.length} new or changed article file(s) read, ${plan.kept.length} kept, ${plan.removed.length} removed (content manifest).`,
        );
        for (const id of plan.removed) context.store.delete(id);
        // What the glob loader re-registers of an entry it keeps: an MDX module to bundle, its images.
        const assets = context.store as typeof context.store & { addAssetImports?: (assets: string[], filePath?: string) => void };
        for (const { entry } of plan.kept) {
          if (entry.deferredRender && entry.filePath) context.store.addModuleImport(entry.filePath);
          if (entry.assetImports?.length) assets.addAssetImports?.(entry.assetImports, entry.filePath);
        }
        if (plan.changed.length > 0) {
          const listed = glob({ base, pattern: plan.changed, generateId: ({ entry }) => articlePathToId(entry) });
          // The glob loader deletes the stored entries it did not sync: here, none but those it was given.
          const onlyListed = new Proxy(store, { get: (target, key) => (key === 'keys' ? () => [] : Reflect.get(target, key, target)) });
          await listed.load({ ...withTypes, store: onlyListed });
        }
      }
      const synced = manifest && JSON.stringify(manifest);
      if (synced && context.meta.get(MANIFEST_META_KEY) !== synced) context.meta.set(MANIFEST_META_KEY, synced);
    },
  };
}

const articles = defineCollection({
  loader: articlesLoader(),
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

/** Groups of equivalent forms for search: the register and every source's name with its aliases. */
const searchSynonyms = defineCollection({
  loader: () => [
    ...data.synonyms.map((forms, i) => ({ id: `register-${i + 1}`, forms })),
    ...data.sources.filter((s) => s.aliases.length > 0).map((s) => ({ id: `source-${s.slug}`, forms: [s.name, ...s.aliases] })),
  ],
  schema: z.object({ id: z.string(), forms: z.array(z.string()) }),
});

export const collections = { articles, site, columns, sources, searchSynonyms };
