import { existsSync, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseSiteData, SYNONYMS_FILE, type SiteDataResult } from '../../../src/schemas/site-data.ts';

/**
 * The article files below `dir`, those of them that are symbolic links, and the symbolic links to
 * folders there, as paths relative to `root`, sorted.
 */
export async function walkArticleFolder(
  dir: string,
  root: string,
): Promise<{ files: string[]; linkedFiles: Set<string>; linkedFolders: string[] }> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], linkedFiles: new Set(), linkedFolders: [] };
    throw error;
  }
  const relativePath = (e: Dirent) => relative(root, join(e.parentPath, e.name)).split(sep).join('/');
  const files = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.(md|mdx)$/i.test(e.name));
  const links = entries.filter((e) => e.isSymbolicLink() && !/\.(md|mdx)$/i.test(e.name));
  const linkedFolders = (
    await Promise.all(
      links.map(async (e) => ((await stat(join(e.parentPath, e.name)).catch(() => undefined))?.isDirectory() ? e : undefined)),
    )
  )
    .filter((e): e is Dirent => e !== undefined)
    .map(relativePath);
  return {
    files: files.map(relativePath).sort(),
    linkedFiles: new Set(files.filter((e) => e.isSymbolicLink()).map(relativePath)),
    linkedFolders: linkedFolders.sort(),
  };
}

/** Every article file below `dir`, as paths relative to `root`, sorted. */
export async function findArticleFiles(dir: string, root: string): Promise<string[]> {
  return (await walkArticleFolder(dir, root)).files;
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
