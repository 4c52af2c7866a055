import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { articleFileToData, dataToArticleFile } from '../../../src/lib/article-file.ts';
import { SYNONYMS_FILE } from '../../../src/schemas/site-data.ts';
import { loadSiteData } from '../../../scripts/lib/check/content-files.ts';
import { importOne } from '../../../scripts/lib/import/import-one.ts';
import { expandInputs } from '../../../scripts/lib/import/inputs.ts';
import { SITE_DATA_FILES } from './corpus.ts';

/** What `importPages` wrote, and what it filled in that an editor would have. */
export interface ImportedCorpus {
  /** A content folder: the site data (with the sources added) and `articles/`. */
  content: string;
  articles: number;
  /** Each filled-in value, `file: field value`, for the report. */
  filled: string[];
}

/**
 * Saved original pages (`--import <folder>`, e.g. shared/real-pages) turned into a content folder
 * for an evaluation, as an editor would finish them: each page through `npm run import`'s own
 * `importOne` (the first column, no assets), the articles of `extra` (e.g. the repo's seed reprint)
 * beside them, then what the importer leaves to a human filled in so that the site builds: an
 * original URL where the page gives none (`https://example.invalid/…`), a source the register
 * lacks added to `sources.yaml`, a column it lacks replaced by the first, and images that point
 * to files not saved beside the page dropped. Every filled value is listed; the pages themselves
 * are not copied.
 */
export async function importPages(pagesDir: string, siteData: string, workDir: string, extra?: string): Promise<ImportedCorpus> {
  const content = join(workDir, 'imported');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const f of [...SITE_DATA_FILES, SYNONYMS_FILE]) if (existsSync(join(siteData, f))) copyFileSync(join(siteData, f), join(content, f));
  const site = await loadSiteData(content, content);
  if (!site.ok) throw new Error(`--site-data ${siteData}: ${site.problems.map((p) => `${p.file} ${p.message}`).join('; ')}`);
  const { inputs, problems } = await expandInputs([resolve(pagesDir)], process.cwd());
  if (problems.length > 0 || inputs.length === 0) throw new Error(`--import ${pagesDir}: ${problems.join('; ') || 'no page to import'}`);
  const targets: string[] = [];
  for (const input of inputs) {
    const result = await importOne(input, {
      siteData: site.data,
      outDir: join(content, 'articles'),
      root: content,
      publicDir: join(content, 'public'),
      category: site.data.columns[0]?.name,
      dryRun: false,
      force: true,
      assets: false,
    });
    if (result.target) targets.push(result.target);
  }
  rmSync(join(content, 'public'), { recursive: true, force: true });
  if (extra) {
    const articles = existsSync(join(extra, 'articles')) ? join(extra, 'articles') : extra;
    cpSync(articles, join(content, 'articles'), { recursive: true });
    for (const f of readdirSync(articles, { recursive: true }).map(String)) if (f.endsWith('.md')) targets.push(join('articles', f));
  }
  const known = new Set(site.data.sources.flatMap((s) => [s.name, ...s.aliases]));
  const columns = new Set(site.data.columns.map((c) => c.name));
  const filled: string[] = [];
  const added: string[] = [];
  for (const target of targets) {
    const file = join(content, target);
    const data = articleFileToData(readFileSync(file, 'utf8'));
    if (typeof data['originalUrl'] !== 'string') {
      data['originalUrl'] = `https://example.invalid/${target.replace(/\.md$/, '')}`;
      filled.push(`${target}: originalUrl ${data['originalUrl']}`);
    }
    const category = data['category'];
    if (typeof category === 'string' && !columns.has(category)) {
      data['category'] = site.data.columns[0]!.name;
      filled.push(`${target}: category ${category} → ${site.data.columns[0]!.name}`);
    }
    const source = data['source'];
    if (typeof source === 'string' && source !== '' && !known.has(source)) {
      known.add(source);
      added.push(`- name: ${source}\n  slug: eval-source-${added.length + 1}\n  aliases: []\n  kind: 转载来源\n`);
      filled.push(`${target}: source ${source} added to sources.yaml`);
    }
    data['body'] = String(data['body']).replace(/!\[[^\]]*\]\((\.\/[^)\s]+)\)\n?/g, (all: string, path: string) => {
      if (existsSync(join(dirname(file), path))) return all;
      filled.push(`${target}: image ${path} dropped (not saved beside the page)`);
      return '';
    });
    writeFileSync(file, dataToArticleFile(data));
  }
  if (added.length > 0)
    writeFileSync(join(content, 'sources.yaml'), `${readFileSync(join(content, 'sources.yaml'), 'utf8').trimEnd()}\n${added.join('')}`);
  return { content, articles: targets.length, filled };
}
