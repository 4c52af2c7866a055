import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, serveDist } from '../../../tests/browser/harness.ts';
import { buildSite } from './build.ts';
import { searchPage, stockSearch } from './browser.ts';
import { measureFirstQuery } from './bytes.ts';
import { prepareContent } from './corpus.ts';
import { importPages } from './import-pages.ts';
import { scoreQuery, summarize } from './metrics.ts';
import { readQueries } from './queries.ts';
import type { EvalReport } from './report.ts';

export interface EvalOptions {
  corpus: string;
  queries: string;
  siteData: string;
  workDir: string;
  base: string;
  /** Fictional filler articles to add to the corpus (scale runs). */
  generate: number;
  /** A folder of saved original pages to import first (`importPages`); `corpus` then adds its articles, if given. */
  importDir?: string | undefined;
  /** Skip the build and serve `workDir/dist` as it is. */
  noBuild: boolean;
  log: (line: string) => void;
}

/** Builds the corpus, serves it on 127.0.0.1 and runs every query through ours and stock Pagefind. */
export async function evaluate(o: EvalOptions): Promise<EvalReport> {
  const queries = readQueries(o.queries);
  mkdirSync(o.workDir, { recursive: true });
  const dist = join(o.workDir, 'dist');
  if (!o.noBuild) {
    let corpus = o.corpus;
    if (o.importDir) {
      const imported = await importPages(o.importDir, o.siteData, o.workDir, o.corpus || undefined);
      o.log(`Imported ${imported.articles} article(s) into ${imported.content}; filled in as an editor would:`);
      for (const line of imported.filled) o.log(`  ${line}`);
      corpus = imported.content;
    }
    const content = prepareContent(corpus, o.siteData, o.workDir, o.generate);
    o.log(`Building ${content} → ${dist} (base ${o.base}) …`);
    buildSite(resolve(content), resolve(dist), o.base);
  }
  // Pages over every shard the build wrote (one, without shards).
  const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { shards: { pages: number }[] };
  const pages = manifest.shards.reduce((a, s) => a + s.pages, 0);
  const shards = manifest.shards.length;
  const server = await serveDist(resolve(dist), o.base);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const ours = [];
    for (const q of queries) {
      const r = await searchPage(page, server.url, o.base, q.query);
      ours.push(scoreQuery(q, r.paths));
    }
    await page.goto(server.url);
    const stock = [];
    for (const q of queries) {
      const r = await stockSearch(page, server.url, o.base, q.query);
      stock.push(scoreQuery(q, r.paths, r.count));
    }
    const first = queries.find((q) => q.relevant.length > 0);
    const transfer = first ? await measureFirstQuery(browser, server.url, first.query) : undefined;
    const stockTransfer = first ? await measureFirstQuery(browser, server.url, first.query, true) : undefined;
    return {
      corpus: o.corpus,
      queriesFile: o.queries,
      pages,
      shards,
      ours: { summary: summarize(ours), scores: ours },
      stock: { summary: summarize(stock), scores: stock },
      transfer,
      stockTransfer,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
