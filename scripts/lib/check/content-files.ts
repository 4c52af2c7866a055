import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseSiteData, SYNONYMS_FILE, type SiteDataResult } from '../../../src/schemas/site-data.ts';

/** Every article file below `dir`, as paths relative to `root`, sorted. */
export async function findArticleFiles(dir: string, root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.(md|mdx)$/i.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Reads and validates site.yaml, columns.yaml, sources.yaml and (if present) search-synonyms.yaml of a content folder. */
export async function loadSiteData(contentDir: string, root: string): Promise<SiteDataResult> {
  const read = async (name: string) => {
    const path = join(contentDir, name);
    const file = relative(root, path).split(sep).join('/');
    try {
      return { file, text: await readFile(path, 'utf8') };
    } catch {
      return { file, text: '' };
    }
  };
  const [site, columns, sources] = await Promise.all([read('site.yaml'), read('columns.yaml'), read('sources.yaml')]);
  const synonymsPath = join(contentDir, SYNONYMS_FILE);
  const synonyms = existsSync(synonymsPath) ? await read(SYNONYMS_FILE) : undefined;
  return parseSiteData({ site, columns, sources, synonyms });
}
