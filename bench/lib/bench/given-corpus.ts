import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { articleFileToData, dataToArticleFile } from '../../../src/lib/article-file.ts';
import { isPlainProse, simpleMarkdownBlocks } from '../../../src/lib/simple-markdown.ts';
import type { CorpusStats } from './corpus.ts';

const articleFiles = (articles: string) =>
  readdirSync(articles, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();

/** What the bench reports of a content folder's articles: how many, their bytes and body text, and how many the fast path writes. */
export function corpusStats(dir: string, kind: CorpusStats['kind']): CorpusStats {
  const articles = join(dir, 'articles');
  const stats: CorpusStats = { kind, articles: 0, plainProse: 0, fastPath: 0, bodyChars: 0, bytes: 0 };
  for (const file of articleFiles(articles)) {
    const text = readFileSync(join(articles, file), 'utf8');
    const body = String(articleFileToData(text)['body']).trim();
    stats.articles += 1;
    stats.bytes += Buffer.byteLength(text);
    stats.bodyChars += body.length;
    if (isPlainProse(body)) stats.plainProse += 1;
    if (simpleMarkdownBlocks(body)) stats.fastPath += 1;
  }
  return stats;
}

/**
 * `--corpus <folder>`: a content folder of the user's (site.yaml, columns.yaml, sources.yaml and
 * articles/, e.g. a real archive or one written by another generator) copied in place of the
 * generated corpus. Refuses a folder that is not one, naming what is missing.
 */
export function copyCorpus(from: string, dir: string): CorpusStats {
  const source = resolve(from);
  const missing = ['site.yaml', 'columns.yaml', 'sources.yaml', 'articles'].filter((f) => !existsSync(join(source, f)));
  if (missing.length > 0)
    throw new Error(
      `--corpus ${from}: not a content folder, it has no ${missing.join(', ')} (it needs site.yaml, columns.yaml, sources.yaml and articles/).`,
    );
  cpSync(source, dir, { recursive: true });
  const stats = corpusStats(dir, 'given');
  if (stats.articles === 0) throw new Error(`--corpus ${from}: articles/ holds no .md file.`);
  return stats;
}

const nextDay = (date: string) => {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

/**
 * The daily merge for a given corpus: `count` articles of the day after the newest, copies of the
 * newest ones (so they carry its sources, columns and Markdown) with their own title, original
 * URL and file, in that day's month folder. Returns their paths.
 */
export function addCopiedArticles(dir: string, count: number): string[] {
  const articles = join(dir, 'articles');
  const dated = articleFiles(articles).map((file) => {
    const data = articleFileToData(readFileSync(join(articles, file), 'utf8'));
    return { file, data, date: String(data['date'] ?? '') };
  });
  dated.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const day = nextDay(dated[0]!.date);
  return dated.slice(0, count).map(({ file, data }, i) => {
    const copy: Record<string, unknown> = {
      ...data,
      date: `${day} 09:${String(i).padStart(2, '0')}`,
      title: `${String(data['title'])}（${i + 1}）`,
    };
    // A query of its own (the check takes an address with another fragment for the same original).
    const url = data['originalUrl'];
    if (typeof url === 'string')
      copy['originalUrl'] = `${url.replace(/#.*$/, '')}${url.includes('?') ? '&' : '?'}bench-copy=${day}-${i + 1}`;
    // Published now, and nothing another page claims: no schedule, withdrawal or old addresses.
    for (const key of ['published', 'withdrawn', 'draft', 'redirectFrom']) delete copy[key];
    const path = `${day.slice(0, 4)}/${day.slice(5, 7)}/bench-${day}-${i + 1}-${file.split('/').at(-1)}`;
    mkdirSync(dirname(join(articles, path)), { recursive: true });
    writeFileSync(join(articles, path), dataToArticleFile(copy));
    return path;
  });
}
