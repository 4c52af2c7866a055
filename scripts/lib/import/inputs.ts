import { glob, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** Files a folder argument contributes: saved pages and text copies. */
const PAGE_FILE = /\.(?:s?html?|xhtml|txt|text)$/iu;
const GLOB_CHARS = /[*?[\]{}]/u;

export interface ExpandedInputs {
  /** URLs and files to import, in the order given, each once; a folder's pages sorted by path. */
  inputs: string[];
  /** One line per argument that names nothing to import, naming it and the fix. */
  problems: string[];
}

async function pagesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && PAGE_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function kindOf(path: string): Promise<'file' | 'folder' | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/**
 * Turns `npm run import` arguments into inputs: a URL or a file as given, a folder as every
 * page under it (.html, .htm, .shtml, .txt …, recursively), a quoted glob (`'saved/**\/*.html'`)
 * as the files it matches. An argument that names nothing is a problem, never skipped silently.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const inputs: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (/^https?:\/\//iu.test(arg)) {
      inputs.push(arg);
      continue;
    }
    const kind = await kindOf(resolve(cwd, arg));
    if (kind === 'file') inputs.push(arg);
    else if (kind === 'folder') {
      const pages = (await pagesIn(resolve(cwd, arg))).map((p) => relative(cwd, p) || p);
      if (pages.length === 0)
        problems.push(`${arg}: 文件夹中没有可导入的页面（.html、.htm、.txt）。The folder holds no page to import: check the path.`);
      inputs.push(...pages);
    } else if (GLOB_CHARS.test(arg)) {
      const matched: string[] = [];
      for await (const path of glob(arg, { cwd })) if ((await kindOf(resolve(cwd, path))) === 'file') matched.push(path);
      if (matched.length === 0)
        problems.push(
          `${arg}: 没有匹配的文件。The pattern matches no file: check it, and quote it so the shell leaves it to the importer.`,
        );
      inputs.push(...matched.sort());
    } else problems.push(`${arg}: 路径不存在。No such file or folder: check the path (a web address must start with http:// or https://).`);
  }
  // a file named twice (a folder and a pattern over it) is imported once
  return { inputs: [...new Set(inputs)], problems };
}
