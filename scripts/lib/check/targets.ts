import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, matchesGlob, relative, resolve, sep } from 'node:path';

/** A command-line path that cannot be checked, in the words an editor needs to fix the command. */
export interface PathError {
  path: string;
  message: string;
}

const GLOB = /[*?[\]{}]/u;
const toPosix = (path: string) => path.split(sep).join('/');

/** Whether `dir` is a content folder: it has site.yaml and articles/. */
const isContentDir = (dir: string) => existsSync(join(dir, 'site.yaml')) && existsSync(join(dir, 'articles'));

/** The part of a path argument before its first glob segment: the folder a pattern starts in. */
function staticPart(arg: string): string {
  const segments = arg.split(/[\\/]/u);
  const index = segments.findIndex((s) => GLOB.test(s));
  return index === -1 ? arg : segments.slice(0, index).join('/') || '.';
}

/**
 * The content folder that the path arguments lie in: the nearest folder above each of them with
 * site.yaml and articles/. Undefined when none of them is inside one; an error when they are in two.
 */
export function findContentDir(args: readonly string[], root: string): { dir?: string | undefined; errors: PathError[] } {
  const found = new Map<string, string>();
  for (const arg of args) {
    let dir = resolve(root, staticPart(arg));
    for (;;) {
      if (isContentDir(dir)) {
        found.set(dir, arg);
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  const dirs = [...found.keys()];
  if (dirs.length <= 1) return { dir: dirs[0], errors: [] };
  const names = dirs.map((d) => toPosix(relative(root, d)) || '.').join(', ');
  return {
    errors: [
      {
        path: [...found.values()].join(' '),
        message: `这些路径属于不同的内容文件夹（${names}）。The paths lie in different content folders (${names}): check one folder at a time.`,
      },
    ],
  };
}

/**
 * The article files that the path arguments name, relative to `root`: a file itself, a folder
 * every article below it, a glob (matched against article paths and their folders, relative to
 * the current folder) every article it matches. Every argument that names no article is an error.
 */
export function selectArticles(
  args: readonly string[],
  articles: readonly string[],
  root: string,
  articlesDir: string,
): { files: string[]; errors: PathError[] } {
  const where = toPosix(relative(root, articlesDir)) || '.';
  const known = new Set(articles);
  const selected = new Set<string>();
  const errors: PathError[] = [];
  for (const arg of args) {
    const absolute = resolve(root, arg);
    const rel = toPosix(relative(root, absolute));
    if (GLOB.test(arg)) {
      const pattern = toPosix(isAbsolute(arg) ? relative(root, arg) : arg).replace(/^(\.\/)+/u, '');
      const matches = articles.filter((file) => {
        const parts = file.split('/');
        return parts.some((_, i) => matchesGlob(parts.slice(0, i + 1).join('/'), pattern));
      });
      if (matches.length === 0)
        errors.push({
          path: arg,
          message: `模式 ${arg} 没有匹配到任何文章。The pattern matches no article in ${where}/: check it, and quote it so that the shell passes it on unchanged ('content/articles/2024/**').`,
        });
      for (const file of matches) selected.add(file);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      errors.push({
        path: arg,
        message: `路径 ${arg} 不存在。The path does not exist: check the spelling, e.g. ${where}/2024/04/slug.md.`,
      });
      continue;
    }
    if (isDirectory) {
      const inside = articles.filter((file) => (rel === '' ? !file.startsWith('../') : file.startsWith(`${rel}/`)));
      if (inside.length === 0)
        errors.push({
          path: arg,
          message: `文件夹 ${arg} 中没有文章。The folder holds no article (a .md or .mdx file in ${where}/): check the path.`,
        });
      for (const file of inside) selected.add(file);
    } else if (known.has(rel)) selected.add(rel);
    else
      errors.push({
        path: arg,
        message: `${arg} 不是文章。Not an article: only .md and .mdx files in ${where}/ are checked; move it there, or check another path.`,
      });
  }
  return { files: [...selected].sort(), errors };
}
