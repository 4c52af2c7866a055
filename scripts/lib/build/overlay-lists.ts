import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rmdir, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { linkListedAsync, relativeFilesUnder, replaceFile } from './incremental.ts';

/**
 * Putting together an incremental build that renders the lists (an article added, removed,
 * retitled…): the article pages it did not render, the list routes whose articles did not change
 * (`keep` of the plan's `listRoutes`) and the search index come from the previous output;
 * everything else — the pages it rendered, the changed list routes, every route of the whole site,
 * redirect and host file, the sitemap, `public/` — from the new render. What the new render does
 * not write, and no article with a page or kept list route now owns, is left behind: a removed
 * article or a list page that is gone leaves no stale file.
 */

/** What is kept of the previous output: pages of articles by id, list-route files by path relative to it (`routeToFile`). */
export interface Kept {
  pageIds: ReadonlySet<string>;
  listFiles: ReadonlySet<string>;
}

/** What a partial build with lists keeps of the previous output, by path relative to it. */
export function keepsFromPrevious(path: string, kept: Kept): boolean {
  const rel = path.split(sep).join('/');
  if (rel.startsWith('_astro/') || rel.startsWith('pagefind/') || kept.listFiles.has(rel)) return true;
  const page = /^articles\/(.+)\/index\.html$/.exec(rel);
  return page !== null && kept.pageIds.has(page[1] ?? '');
}

/**
 * Hard-links into `to` (created) the files of `from` that `keepsFromPrevious` keeps; only the
 * folders they need are created. Copies across file systems. `files`: the listing of `from` when
 * the caller has it (the build took it with the output folder's fingerprint).
 */
export async function linkKept(from: string, to: string, kept: Kept, files: readonly string[] = relativeFilesUnder(from)): Promise<number> {
  return linkListedAsync(
    from,
    to,
    files.filter((rel) => keepsFromPrevious(rel, kept)),
  );
}

/**
 * Removes from `to`, a linked copy of the whole previous output (`files`: its listing), what
 * `linkKept` would not have linked, and the folders that leaves empty: the same tree as
 * `linkKept(from, to, kept, files)`. Returns how many files it removed.
 */
export async function pruneToKept(to: string, files: readonly string[], kept: Kept): Promise<number> {
  const dropped = files.filter((rel) => !keepsFromPrevious(rel, kept));
  for (let i = 0; i < dropped.length; i += 256) await Promise.all(dropped.slice(i, i + 256).map((rel) => unlink(join(to, rel))));
  const folders = new Set<string>();
  for (const rel of dropped) for (let at = rel.lastIndexOf('/'); at > 0; at = rel.lastIndexOf('/', at - 1)) folders.add(rel.slice(0, at));
  // Deepest first; a folder that still holds something stays.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b)))
    await rmdir(join(to, folder)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  return dropped.length;
}

/**
 * Moves everything a partial build with lists wrote over `stagingDir` (see `linkKept`), and
 * returns what it moved, by path relative to `stagingDir`: each of the `ids` must have its page.
 * A bundled asset already there is kept (the same code bundles the same files). A file moved over
 * a hard link replaces the link, not the file it shares with the previous output.
 */
export function overlayWithLists(partialDir: string, stagingDir: string, ids: readonly string[]): string[] {
  for (const id of ids)
    if (!existsSync(join(partialDir, 'articles', id, 'index.html'))) throw new Error(`The incremental build wrote no page for ${id}.`);
  const moved: string[] = [];
  const made = new Set<string>();
  for (const entry of readdirSync(partialDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(partialDir, join(entry.parentPath, entry.name));
    if (rel.startsWith(`_astro${sep}`) && existsSync(join(stagingDir, rel))) continue;
    const target = join(stagingDir, rel);
    if (!made.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    try {
      renameSync(join(partialDir, rel), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      replaceFile(join(partialDir, rel), target);
    }
    moved.push(rel);
  }
  return moved;
}
