import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import type { ContentProblem } from '../../../src/schemas/problems.ts';
import { checkFileName } from './checks/filename.ts';
import { decodeUtf8 } from './checks/encoding.ts';
import { findDuplicateOriginalUrls, type UrlClaim } from './checks/duplicates.ts';
import { checkFrontmatter } from './checks/frontmatter-schema.ts';
import { findArticleFiles, loadSiteData } from './content-files.ts';
import { parseArticle } from './frontmatter.ts';
import { sortProblems } from './report.ts';

export interface CheckOptions {
  /** The content folder (with site.yaml, columns.yaml, sources.yaml and articles/). */
  contentDir: string;
  /** Folder that reported paths are relative to. */
  root: string;
  /** Only report on these article files (paths relative to `root`); all are still read for cross-file checks. */
  only?: readonly string[] | undefined;
}

export interface CheckResult {
  files: number;
  problems: ContentProblem[];
}

/** Runs every content check and returns all problems at once, sorted by file and line. */
export async function checkContent({ contentDir, root, only }: CheckOptions): Promise<CheckResult> {
  const siteData = await loadSiteData(contentDir, root);
  if (!siteData.ok) return { files: 0, problems: sortProblems(siteData.problems) };
  const schema = createArticleSchema(siteData.data);
  const articlesDir = join(contentDir, 'articles');
  const files = await findArticleFiles(articlesDir, root);
  const problems: ContentProblem[] = [];
  const claims: UrlClaim[] = [];

  const checkFile = async (file: string) => {
    const absolute = resolve(root, file);
    problems.push(...checkFileName(file, relative(articlesDir, absolute)));
    const decoded = decodeUtf8(file, await readFile(absolute));
    problems.push(...decoded.problems);
    if (decoded.text === undefined) return;
    const { article, problems: parseProblems } = parseArticle(file, decoded.text);
    problems.push(...parseProblems);
    if (!article) return;
    problems.push(...checkFrontmatter(file, article, schema, siteData.data.sources));
    const url = article.data['originalUrl'];
    if (typeof url === 'string') claims.push({ file, line: article.keyLines.get('originalUrl') ?? 1, originalUrl: url });
  };
  // In batches: opening every file at once fails with EMFILE past the open-file limit (20,000 here).
  for (let i = 0; i < files.length; i += 256) await Promise.all(files.slice(i, i + 256).map(checkFile));
  claims.sort((a, b) => a.file.localeCompare(b.file));
  problems.push(...findDuplicateOriginalUrls(claims));
  const wanted = only && only.length > 0 ? new Set(only) : undefined;
  const reported = wanted ? problems.filter((p) => wanted.has(p.file)) : problems;
  return { files: wanted ? wanted.size : files.length, problems: sortProblems(reported) };
}
