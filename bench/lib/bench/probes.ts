import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The generated corpus repeats a vocabulary, so no word stands on one page only. Two fictional
 * names are planted, one in an article of the newest month and one three years older, so the
 * search page can be measured for a word on one page in the newest shard and in an older one.
 */
export const PROBES = [
  { sentence: '社区网格员柏青禾连续三年走访独居老人，帮助他们办理各项业务。', yearsBack: 0 },
  { sentence: '退休教师郇立峰捐建的乡村图书室正式开放。', yearsBack: 3 },
];

/**
 * The queries `npm run bench` types into the search page by default: a word on most pages, a
 * place on a few, a name on one page (newest and older shard), and compound queries of each kind.
 */
export const BENCH_QUERIES = ['营商环境', '东川市', '柏青禾', '郇立峰', '东川市营商环境', '柏青禾独居老人'];

/** Appends the probe sentences to one article each (`articles/YYYY/MM/*.md`); returns the files. */
export function plantProbes(articlesDir: string): string[] {
  const files = readdirSync(articlesDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const newest = files.at(-1)!;
  return PROBES.map(({ sentence, yearsBack }) => {
    const year = Number(newest.slice(0, 4)) - yearsBack;
    const file = files.find((f) => f.startsWith(`${year}/`)) ?? newest;
    appendFileSync(join(articlesDir, file), `\n${sentence}\n`);
    return file;
  });
}
