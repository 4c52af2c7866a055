import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ContentProblem } from '../../../../src/schemas/problems.ts';

/** `[text](target)` and `![alt](target)`, with an optional title; enough for the links editors write. */
const LINK = /(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/gu;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Broken internal links (`/articles/2024/04/x/` with no such article, a relative `.md`
 * file that does not exist) and local images that are missing. External links are not
 * fetched. `ids` is every article id of the site.
 */
export function checkLinks(
  file: string,
  absolute: string,
  body: string,
  bodyLine: number,
  ids: ReadonlySet<string>,
  publicDir?: string,
): ContentProblem[] {
  if (!body.includes('](')) return [];
  const problems: ContentProblem[] = [];
  for (const m of body.matchAll(LINK)) {
    const image = m[1] === '!';
    const target = m[2] ?? '';
    if (/^(?:[a-z]+:|#|\/\/)/iu.test(target)) continue;
    const path = decodeURI(target.split(/[?#]/u)[0] ?? '');
    const where = { file, line: bodyLine + lineOf(body, m.index) - 1, column: 1 };
    // a root path to a file (`/attachments/…/a.pdf`) is served from public/
    if (publicDir && /^\/(?!articles\/)[^?#]*\.[a-z0-9]{2,5}$/iu.test(path)) {
      if (!existsSync(resolve(publicDir, `.${path}`))) {
        problems.push({
          ...where,
          field: 'body',
          severity: 'error',
          message: `文件 ${target} 不存在于 public/。The file is missing from public${path}: add it, or fix the link.`,
        });
      }
      continue;
    }
    if (image || !/^\/|\.mdx?$/iu.test(path)) {
      if (!existsSync(resolve(dirname(absolute), path))) {
        problems.push({
          ...where,
          field: 'body',
          severity: 'error',
          message: `${image ? '图片' : '文件'} ${target} 不存在。The local ${image ? 'image' : 'file'} is missing: add it next to the article, or fix the path.`,
        });
      }
      continue;
    }
    const article = /^\/(?:[^/]+\/)*?articles\/(.+?)\/?$/u.exec(path)?.[1];
    const id =
      article ??
      resolve('/', dirname(file.replace(/^.*?articles\//u, '')), path)
        .slice(1)
        .replace(/\.mdx?$/iu, '');
    if ((article !== undefined || /\.mdx?$/iu.test(path)) && !ids.has(id)) {
      problems.push({
        ...where,
        field: 'body',
        severity: 'error',
        message: `链接 ${target} 指向的文章不存在。The internal link points to no article (${id}): fix the address, e.g. /articles/2024/04/slug/.`,
      });
    }
  }
  return problems;
}
