import { createHash, type Hash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { walkTree } from './link-listed.ts';
import { markdownToSummary } from '../../../src/lib/summary.ts';
import type { CheckedArticle } from '../check/index.ts';
import { SEARCH_SETTINGS_ENV } from '../search-index/records.ts';
import { compareNewestFirst } from '../../../src/lib/visibility.ts';
import { pageContexts, shownAt, type Shown } from './affected.ts';
import { listRouteKeys, type ListSite } from './list-routes.ts';

/**
 * Incremental builds. After every successful build the script records, per article, a hash of
 * what its own page shows (`page`), of what other pages show of it (`list`: frontmatter and
 * summary), of what its page shows of other articles (`context`: see `pageContexts`) and whether it
 * has a page and is listed (`shown`); per list route of one group (a column, source, tag or archive
 * month page, a column feed: see `listRouteKeys`), a hash of the articles it shows; plus one hash of
 * everything else the site depends on (code, site data, public/, settings). The next build renders
 * only the article pages whose `page` or `context` changed or that are new; when any `list`,
 * `shown` or list route changed it renders the routes of the whole site (home, indexes, site feeds,
 * redirects, host files) and the list routes whose hash changed or that are new, keeps the others
 * from the previous output, and leaves out pages that are gone. Anything the hashes cannot vouch
 * for is a full build.
 */

const VERSION = 3;
/** More changed articles than this: a full build is about as fast and simpler to trust. */
export const MAX_PARTIAL = 500;

/** `ZHUANZAI_MAX_PARTIAL` (default `MAX_PARTIAL`): tests reach the limit with a small site. */
export function maxPartialFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = (env['ZHUANZAI_MAX_PARTIAL'] ?? '').trim();
  if (value === '') return MAX_PARTIAL;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`ZHUANZAI_MAX_PARTIAL must be a whole number of articles, e.g. ${MAX_PARTIAL}; got "${value}".`);
  return limit;
}

export interface BuildState {
  version: number;
  /** The output folder the state describes, and a fingerprint of every file in it (path, size, mtime): a folder changed by anything else means a full build. */
  outDir: string;
  outFingerprint: string;
  global: string;
  articles: Record<string, ArticleState>;
  /** The list routes of one group each, by site path (`listRouteKeys`). */
  lists: Record<string, string>;
  /** The inline-script hashes of every HTML file of the output folder (`scriptIndexToRecord` in src/integrations/host-headers.ts). */
  scripts?: Record<string, string[]> | undefined;
}

export interface ArticleState {
  /** What its own page shows (`articleKeys`). */
  page: string;
  /** What other pages show of it (`articleKeys`). */
  list: string;
  /** What its page shows of other articles (`pageContexts`); empty without a page. */
  context: string;
  shown: Shown;
}

export type BuildPlan =
  | { kind: 'full'; reason: string }
  | { kind: 'unchanged' }
  | {
      kind: 'partial';
      /** Article pages to render: changed, new, or showing an article that changed. */
      ids: string[];
      /** The routes of the whole site and the changed list routes are rendered too (what lists show changed). */
      lists: boolean;
      /** Articles whose pages the last build wrote and this one does not (removed, now drafts). */
      removed: string[];
      /** With `lists`: the list routes (`listRouteKeys`) to render, and those the previous output has as they are now. */
      listRoutes?: ListRoutePlan;
    };

export interface ListRoutePlan {
  render: string[];
  keep: string[];
}

const sha = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
};

/** Every file below `dir` as a path relative to it with `/`, sorted; nothing when it does not exist. */
export function relativeFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  walkTree(dir, (path, isFolder) => {
    if (!isFolder) files.push(path);
  });
  return files.sort();
}

/** Every file below `dir` (absolute paths, sorted); nothing when it does not exist. */
export function filesUnder(dir: string): string[] {
  return relativeFilesUnder(dir).map((f) => join(dir, f));
}

/** Adds each named file of `root` (its name and content; a missing file as empty) to `hash`. */
export function hashFiles(hash: Hash, root: string, files: readonly string[]): void {
  for (const file of files) {
    const path = join(root, file);
    hash
      .update(file)
      .update('\0')
      .update(existsSync(path) ? readFileSync(path) : '')
      .update('\0');
  }
}

/** Every file under `dir` (relative path and content), hashed in a stable order. */
function hashTree(hash: Hash, dir: string, skip: (path: string) => boolean = () => false): void {
  hashFiles(
    hash,
    dir,
    relativeFilesUnder(dir).filter((f) => !skip(join(dir, f))),
  );
}

export interface StateInput {
  root: string;
  contentDir: string;
  outDir: string;
  articles: readonly CheckedArticle[];
  site: ListSite;
  now: string;
  env: NodeJS.ProcessEnv;
  /** `globalKey` of this build when the caller took it already (the build script, before the check). */
  global?: string | undefined;
}

/** What the site depends on besides the articles' own hashes. */
export function globalKey({ root, contentDir, env }: Pick<StateInput, 'root' | 'contentDir' | 'env'>): string {
  const hash = createHash('sha256').update(`v${VERSION}\0`);
  hashFiles(hash, root, ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']);
  hashTree(hash, join(root, 'src'), (f) => f.endsWith('.test.ts'));
  hashTree(hash, join(root, 'public'));
  // Site data and any asset beside the articles (images, attachments); the articles themselves are hashed one by one.
  const articlesDir = join(contentDir, 'articles');
  hashTree(hash, contentDir, (f) => f.startsWith(articlesDir) && /\.mdx?$/.test(f));
  for (const key of ['SITE_URL', 'SITE_BASE', ...SEARCH_SETTINGS_ENV, 'NODE_ENV']) hash.update(`${key}=${env[key] ?? ''}\0`);
  return hash.digest('hex');
}

export function articleKeys(a: CheckedArticle): { page: string; list: string } {
  const data = JSON.stringify(a.data);
  return {
    page: sha(a.id, a.file, data, a.body),
    list: sha(a.id, data, a.data.summary ?? markdownToSummary(a.body)),
  };
}

export function currentState(input: StateInput): Omit<BuildState, 'outFingerprint'> {
  const keys = new Map(input.articles.map((a) => [a.id, articleKeys(a)]));
  const contexts = pageContexts(input.articles, input.site, input.now);
  const articles: BuildState['articles'] = {};
  for (const a of input.articles) {
    const { page, list } = keys.get(a.id)!;
    articles[a.id] = { page, list, context: contexts.get(a.id) ?? '', shown: shownAt(a, input.now) };
  }
  const listed = input.articles
    .filter((a) => articles[a.id]?.shown === 2)
    .sort(compareNewestFirst)
    .map((a) => ({ id: a.id, data: a.data, ...keys.get(a.id)! }));
  const lists = Object.fromEntries(listRouteKeys(listed, input.site));
  return { version: VERSION, outDir: resolve(input.outDir), global: input.global ?? globalKey(input), articles, lists };
}

/**
 * Compares the recorded state of the last build with the current one: which article pages to
 * render, whether the lists are rendered too, and which pages are gone.
 */
export function planBuild(
  previous: BuildState | undefined,
  current: Omit<BuildState, 'outFingerprint'>,
  outFingerprint: string | undefined,
  maxPartial = MAX_PARTIAL,
): BuildPlan {
  if (!previous || previous.version !== VERSION) return { kind: 'full', reason: 'no earlier build recorded' };
  if (previous.outDir !== current.outDir || outFingerprint === undefined || previous.outFingerprint !== outFingerprint)
    return { kind: 'full', reason: 'the output folder is missing or changed since the last build' };
  if (previous.global !== current.global) return { kind: 'full', reason: 'code, site data or settings changed' };
  const ids: string[] = [];
  const removed: string[] = [];
  let lists = false;
  for (const id of new Set([...Object.keys(previous.articles), ...Object.keys(current.articles)])) {
    const before = previous.articles[id];
    const now = current.articles[id];
    const shownBefore = before?.shown ?? 0;
    const shownNow = now?.shown ?? 0;
    if (shownBefore !== shownNow || ((shownBefore > 0 || shownNow > 0) && before?.list !== now?.list)) lists = true;
    if (shownNow > 0) {
      if (shownBefore === 0 || before?.page !== now?.page || before?.context !== now?.context) ids.push(id);
    } else if (shownBefore > 0) removed.push(id);
  }
  const listRoutes: ListRoutePlan = { render: [], keep: [] };
  for (const [path, key] of Object.entries(current.lists)) (previous.lists[path] === key ? listRoutes.keep : listRoutes.render).push(path);
  // A list route that is gone (a tag no longer used, a page the list no longer fills) changes the site too.
  if (listRoutes.render.length > 0 || listRoutes.keep.length !== Object.keys(previous.lists).length) lists = true;
  if (ids.length === 0 && !lists) return { kind: 'unchanged' };
  if (ids.length > maxPartial) return { kind: 'full', reason: `${ids.length} articles changed` };
  return {
    kind: 'partial',
    ids: ids.sort(),
    lists,
    removed: removed.sort(),
    ...(lists ? { listRoutes: { render: listRoutes.render.sort(), keep: listRoutes.keep.sort() } } : {}),
  };
}

export function stateFile(root: string, outDir: string): string {
  return join(root, 'node_modules', '.cache', 'zhuanzai', 'build', `${sha(resolve(outDir)).slice(0, 12)}.json`);
}

export function readState(file: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

/**
 * Every file of the output folder by path, size and modification time: it changes when anything
 * is added, removed or rewritten, and survives a copy that keeps times (a CI cache restore).
 */
export function folderFingerprint(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const hash = createHash('sha256');
  for (const file of relativeFilesUnder(dir)) addToFingerprint(hash, file, statSync(join(dir, file)));
  return hash.digest('hex');
}

/** One file of a fingerprint, in sorted order. Whole seconds: an archive (a CI cache) may keep file times to the second only. */
function addToFingerprint(hash: Hash, file: string, { size, mtimeMs }: { size: number; mtimeMs: number }): void {
  hash.update(`${file}\0${size}\0${Math.floor(mtimeMs / 1000)}\0`);
}

/** Files below `dir` at a time: enough to keep the disk busy when the file system's caches are cold. */
const WALK_BATCH = 256;

/**
 * Every file below `dir` (sorted, by path relative to it with `/`), with the folders read 256 at a
 * time, level by level, instead of one after another; undefined when `dir` does not exist. At
 * 100,000 articles `dist/` holds some 337,000 files in 125,000 folders, and a machine that has let
 * its caches go reads each folder from disk: one by one, that took 54 s of a one-edit rebuild.
 */
export async function listFolderAsync(dir: string): Promise<string[] | undefined> {
  if (!existsSync(dir)) return undefined;
  const files: string[] = [];
  let level = [''];
  while (level.length > 0) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += WALK_BATCH) {
      const listed = await Promise.all(
        level
          .slice(i, i + WALK_BATCH)
          .map(async (prefix) => ({ prefix, entries: await readdir(join(dir, prefix), { withFileTypes: true }) })),
      );
      for (const { prefix, entries } of listed)
        for (const entry of entries) {
          if (entry.isDirectory()) next.push(`${prefix}${entry.name}/`);
          else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
        }
    }
    level = next;
  }
  return files.sort();
}

/** The fingerprint of `dir` (as `folderFingerprint`) from its listing, the files stat-ed 256 at a time. */
export async function fingerprintOfListing(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (let i = 0; i < files.length; i += WALK_BATCH) {
    const batch = files.slice(i, i + WALK_BATCH);
    const stats = await Promise.all(batch.map((file) => stat(join(dir, file))));
    batch.forEach((file, j) => addToFingerprint(hash, file, stats[j]!));
  }
  return hash.digest('hex');
}

/** An output folder's listing and fingerprint, taken together (`listFolderAsync`, `fingerprintOfListing`). */
export interface FolderPrint {
  files: string[];
  fingerprint: string;
}

/** `folderFingerprint`, read 256 folders and files at a time, with the listing it was taken from. */
export async function folderPrintAsync(dir: string): Promise<FolderPrint | undefined> {
  const files = await listFolderAsync(dir);
  return files && { files, fingerprint: await fingerprintOfListing(dir, files) };
}

/** `folderFingerprint`, read 256 folders and files at a time: the same value. */
export async function folderFingerprintAsync(dir: string): Promise<string | undefined> {
  return (await folderPrintAsync(dir))?.fingerprint;
}

export { linkListedAsync, linkOrCopy, linkTree, linkTreeAsync } from './link-listed.ts';

/**
 * Writes the build state with the output folder's fingerprint: `fingerprint` when the caller has
 * it already (`folderFingerprintAsync`), else taken here.
 */
export function writeState(file: string, state: Omit<BuildState, 'outFingerprint'>, outDir: string, fingerprint?: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify({ ...state, outFingerprint: fingerprint ?? folderFingerprint(outDir) ?? '' }));
  // Renamed, so a crash leaves the old state or the new one, never half of one.
  renameSync(temporary, file);
}

/** Puts a new file at `target`, unlinking first so a hard-linked old file is left as it was. */
export function replaceFile(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) unlinkSync(target);
  copyFileSync(source, target);
}

/**
 * Lays the pages of a partial Astro build over a linked copy of the previous output: the
 * changed articles' pages and any new bundled asset. Everything else Astro wrote there (the
 * few static routes, sitemap, headers) is identical to the previous output or incomplete, so it is not used.
 */
export function overlayPartial(partialDir: string, stagingDir: string, ids: readonly string[]): number {
  let copied = 0;
  for (const id of ids) {
    const page = join('articles', id, 'index.html');
    if (!existsSync(join(partialDir, page))) throw new Error(`The incremental build wrote no page for ${id}.`);
    replaceFile(join(partialDir, page), join(stagingDir, page));
    copied += 1;
  }
  const assets = join(partialDir, '_astro');
  if (existsSync(assets)) {
    for (const entry of readdirSync(assets, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const rel = relative(partialDir, join(entry.parentPath, entry.name));
      if (!existsSync(join(stagingDir, rel))) {
        replaceFile(join(partialDir, rel), join(stagingDir, rel));
        copied += 1;
      }
    }
  }
  return copied;
}
