/**
 * The content manifest: which article files the build script's check read, each with a hash of its
 * bytes. The articles' loader (src/content.config.ts) compares it with the manifest of its last sync,
 * kept in the collection's meta store, and hands only the new and changed files to Astro's glob
 * loader; the others keep their stored entries without being read again. At 100,000 articles the
 * glob loader read and hashed every file on every build (44 s of a 97 s rebuild after one edit, on a
 * machine whose page cache had let the files go), right after the check had read them all.
 *
 * Without a manifest (`astro dev`, `astro build` run alone) the loader is the glob loader as it was.
 * Apart from Astro so that it can be tested without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

export interface ContentManifest {
  version: 1;
  /**
   * A digest of the site data the articles are parsed against (the columns, and the sources with their aliases):
   * when it changes, every stored entry may be stale, even of a file that did not change.
   */
  site: string;
  /** Article files relative to the articles folder (`2024/05/slug.md`), with `fileDigest` of their bytes. */
  files: Record<string, string>;
}

/** The key of the last synced manifest in the articles collection's meta store. */
export const MANIFEST_META_KEY = 'zhuanzai-content-manifest';

/** More new or changed files than this, and the glob loader syncs the whole folder: its own way is as fast then. */
export const MAX_LISTED_CHANGES = 2000;

/**
 * The manifest of the files a check read (`digests`, by path relative to `root`), with the
 * digest of what the article schema reads of the site data (createArticleSchema): the columns, and
 * the sources with their aliases.
 */
export function toManifest(
  digests: ReadonlyMap<string, string>,
  { root, articlesDir, columns, sources }: { root: string; articlesDir: string; columns: unknown; sources: unknown },
): ContentManifest {
  return {
    version: 1,
    site: createHash('sha256').update(JSON.stringify({ columns, sources })).digest('hex').slice(0, 20),
    files: Object.fromEntries(
      [...digests].map(([file, digest]) => [relative(articlesDir, resolve(root, file)).split(sep).join('/'), digest]),
    ),
  };
}

/** 80 bits of the SHA-1 of a file's bytes: enough to tell a changed file, and 10 MB less of meta store at 100,000 articles. */
export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 20);
}

/**
 * A path the glob loader (`**\/*.{md,mdx}`) would find and that can be handed to it as a pattern
 * of its own: no segment starting with a dot (glob skips those), no glob syntax, a lower-case
 * extension. Any other path in a manifest sends the whole folder to the glob loader.
 */
export function isPlainArticlePath(file: string): boolean {
  return /\.mdx?$/u.test(file) && !/(^|\/)\./u.test(file) && !/[*?[\]{}()!+@\\,]/u.test(file);
}

/** What this needs of an entry the store holds. */
export interface StoredEntry {
  filePath?: string | undefined;
  deferredRender?: boolean | undefined;
  assetImports?: string[] | undefined;
}

export interface SyncPlan {
  /** Files (relative to the articles folder) to hand to the glob loader, sorted. */
  changed: string[];
  /** Stored entries whose file is gone. */
  removed: string[];
  /** Stored entries whose file is the same as at the last sync, with what the glob loader would re-register of them. */
  kept: { id: string; entry: StoredEntry }[];
}

/**
 * Splits the manifest into files to sync and entries to keep, or says (undefined) that the glob
 * loader must sync the whole folder: no manifest from the last sync, a path it cannot hand over,
 * or too many changes. A file counts as unchanged only when both manifests hold the same digest
 * for it and the store still holds its entry, read from that same file (`storedPath`).
 */
export function planSync(
  current: ContentManifest,
  previous: ContentManifest | undefined,
  store: { keys(): string[]; get(id: string): StoredEntry | undefined },
  idOf: (file: string) => string,
  storedPath: (file: string) => string,
): SyncPlan | undefined {
  if (!previous || previous.site !== current.site) return undefined;
  const files = Object.keys(current.files).sort();
  if (!files.every(isPlainArticlePath)) return undefined;
  const changed: string[] = [];
  const kept: SyncPlan['kept'] = [];
  const present = new Set<string>();
  for (const file of files) {
    const id = idOf(file);
    present.add(id);
    const entry = store.get(id);
    if (entry && entry.filePath === storedPath(file) && previous.files[file] === current.files[file]) kept.push({ id, entry });
    else changed.push(file);
  }
  if (changed.length > MAX_LISTED_CHANGES) return undefined;
  // Two files of one id (`a.md`, `a.mdx`): the glob loader decides which wins, as in a full sync.
  const keptIds = new Set(kept.map((k) => k.id));
  if (keptIds.size !== kept.length || changed.some((file) => keptIds.has(idOf(file)))) return undefined;
  return { changed, removed: store.keys().filter((id) => !present.has(id)), kept };
}

/**
 * True when the stored entries were parsed against other site data than the manifest's: the glob
 * loader keeps the entry of an unchanged file as it is, so the store must be emptied first (an
 * alias moved to a source of its own changes the \`source\` of articles whose files did not change).
 */
export function siteDataChanged(current: ContentManifest, previous: ContentManifest | undefined): boolean {
  return previous !== undefined && previous.site !== current.site;
}

/** Parses a manifest as the meta store or the build script keep it; undefined for anything else. */
export function parseManifest(text: string | undefined): ContentManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ContentManifest>;
    if (value.version !== 1 || typeof value.site !== 'string' || typeof value.files !== 'object' || value.files === null) return undefined;
    return value as ContentManifest;
  } catch {
    return undefined;
  }
}

const WAIT_MS = 10 * 60 * 1000;

/**
 * The manifest the build script writes once its check has passed (named by
 * `ZHUANZAI_CONTENT_MANIFEST`), waited for; undefined without that variable. The script writes it
 * by rename, so a file that exists is whole.
 */
export async function waitForManifest(env: Record<string, string | undefined> = process.env): Promise<ContentManifest | undefined> {
  const file = env['ZHUANZAI_CONTENT_MANIFEST'];
  if (!file) return undefined;
  const deadline = Date.now() + WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline)
      throw new Error(`No content manifest at ${file} after ${WAIT_MS / 1000} s: run the build with npm run build.`);
    await new Promise((done) => setTimeout(done, 25));
  }
  const manifest = parseManifest(readFileSync(file, 'utf8'));
  if (!manifest) throw new Error(`The content manifest ${file} is not one the build script writes: run the build with npm run build.`);
  return manifest;
}
