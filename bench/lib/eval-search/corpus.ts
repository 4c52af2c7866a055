import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SYNONYMS_FILE } from '../../../src/schemas/site-data.ts';
import { generateArticles } from './generate.ts';

export const SITE_DATA_FILES = ['site.yaml', 'columns.yaml', 'sources.yaml'];

/**
 * The content folder to build. A folder with `site.yaml` is a whole content folder and is used
 * as is; a folder of articles (with or without an `articles/` level) gets the site data of
 * `siteData` (by default the search fixture's) copied next to it in `workDir`. With `generate`,
 * that many fictional filler articles are added (a copy is made even of a whole content folder).
 */
export function prepareContent(corpus: string, siteData: string, workDir: string, generate = 0): string {
  if (!existsSync(corpus)) throw new Error(`--corpus ${corpus}: no such folder. Give a content folder or a folder of articles.`);
  const whole = existsSync(join(corpus, 'site.yaml'));
  if (whole && generate === 0) return corpus;
  if (whole) siteData = corpus;
  const missing = SITE_DATA_FILES.filter((f) => !existsSync(join(siteData, f)));
  if (missing.length > 0) {
    throw new Error(`--site-data ${siteData}: missing ${missing.join(', ')}. Point it at a content folder with the site data.`);
  }
  const content = join(workDir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const f of SITE_DATA_FILES) cpSync(join(siteData, f), join(content, f));
  // The search synonyms are optional site data; the fixture's is a link to the shipped register.
  if (existsSync(join(siteData, SYNONYMS_FILE))) copyFileSync(join(siteData, SYNONYMS_FILE), join(content, SYNONYMS_FILE));
  const articles = existsSync(join(corpus, 'articles')) ? join(corpus, 'articles') : corpus;
  if (readdirSync(articles).length === 0) throw new Error(`--corpus ${corpus}: the folder is empty; it needs Markdown articles.`);
  cpSync(articles, join(content, 'articles'), { recursive: true });
  if (generate > 0) generateArticles(join(content, 'articles', 'gen'), generate);
  return content;
}
