import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AUTO_SHARD_THRESHOLD, searchCacheRoot, searchSettingsFromEnv, shardModeFor, shardSizeFor, startSearchIndex } from './index.ts';
import { decodePostings } from '../../../src/lib/page-postings.ts';
import { INDEX_CHUNK_SIZE, indexShards, reniceRunning } from './indexer.ts';
import { planShards, type IndexedArticle } from './records.ts';
import { sampleArticle } from './testing.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const article = (id: string, date: string, body: string) => sampleArticle(id, { date }, body);

describe('shardModeFor', () => {
  test('splits by year above the threshold in auto mode, and follows an explicit setting', () => {
    expect([shardModeFor(undefined, AUTO_SHARD_THRESHOLD), shardModeFor('', AUTO_SHARD_THRESHOLD + 1)]).toEqual(['none', 'year']);
    expect([shardModeFor('year', 1), shardModeFor('none', 1e6)]).toEqual(['year', 'none']);
    expect(() => shardModeFor('month', 1)).toThrow('ZHUANZAI_SEARCH_SHARDS must be auto, year or none, got "month".');
  });
});

describe('shardSizeFor', () => {
  test('reads ZHUANZAI_SEARCH_SHARD_SIZE, 1,500 by default, and refuses anything but a positive whole number', () => {
    expect([shardSizeFor(undefined), shardSizeFor(' '), shardSizeFor('800')]).toEqual([1500, 1500, 800]);
    expect(() => shardSizeFor('1e3.5')).toThrow('ZHUANZAI_SEARCH_SHARD_SIZE must be a whole number of articles, e.g. 1500; got "1e3.5".');
    expect(() => shardSizeFor('0')).toThrow('got "0"');
  });
});

describe('searchSettingsFromEnv', () => {
  test('reads both settings and refuses a bad one, naming the variable', () => {
    expect(searchSettingsFromEnv({ ZHUANZAI_SEARCH_SHARDS: 'year', ZHUANZAI_SEARCH_SHARD_SIZE: '800' })).toEqual({
      shardSetting: 'year',
      shardSize: 800,
      firstAnswer: 500,
      postingCap: 40,
    });
    expect(searchSettingsFromEnv({ ZHUANZAI_SEARCH_FIRST_ANSWER: '5' }).firstAnswer).toBe(5);
    expect(searchSettingsFromEnv({ ZHUANZAI_SEARCH_POSTING_CAP: '2' }).postingCap).toBe(2);
    expect(searchSettingsFromEnv({})).toEqual({ shardSetting: undefined, shardSize: 1500, firstAnswer: 500, postingCap: 40 });
    expect(() => searchSettingsFromEnv({ ZHUANZAI_SEARCH_POSTING_CAP: '0' })).toThrow(
      'ZHUANZAI_SEARCH_POSTING_CAP must be a whole number of articles, e.g. 40; got "0".',
    );
    expect(() => searchSettingsFromEnv({ ZHUANZAI_SEARCH_SHARDS: 'month' })).toThrow(
      'ZHUANZAI_SEARCH_SHARDS must be auto, year or none, got "month".',
    );
    expect(() => searchSettingsFromEnv({ ZHUANZAI_SEARCH_SHARD_SIZE: 'abc' })).toThrow('ZHUANZAI_SEARCH_SHARD_SIZE must be a whole number');
    expect(() => searchSettingsFromEnv({ ZHUANZAI_SEARCH_FIRST_ANSWER: '-3' })).toThrow(
      'ZHUANZAI_SEARCH_FIRST_ANSWER must be a whole number of articles, e.g. 500; got "-3".',
    );
  });
});

describe('searchCacheRoot', () => {
  test('uses ZHUANZAI_SEARCH_CACHE when set, else a folder per content folder under node_modules/.cache', () => {
    expect(searchCacheRoot('/p', '/p/content', 'year', { ZHUANZAI_SEARCH_CACHE: '/ci/shards' })).toBe('/ci/shards/year');
    expect(searchCacheRoot('/p', '/p/content', 'none', {})).toMatch(/^\/p\/node_modules\/\.cache\/zhuanzai\/search\/[0-9a-f]{12}\/none$/);
  });
});

describe('startSearchIndex', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-search-index-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const articles = [article('2024/05/a', '2024-05-01', '养老服务中心开业。'), article('2023/03/b', '2023-03-01', '河长制工作会议。')];
  const run = async (list: IndexedArticle[], only?: string[]) => {
    process.env['ZHUANZAI_SEARCH_CACHE'] = join(dir, 'cache');
    try {
      const job = startSearchIndex({
        root: ROOT,
        contentDir: dir,
        articles: list,
        now: '2024-06-01 00:00',
        base: '/news/',
        shardSetting: 'year',
        only,
      });
      return { job, result: await job.done };
    } finally {
      delete process.env['ZHUANZAI_SEARCH_CACHE'];
    }
  };

  test('indexes each year once, again only the year whose article changed, and installs the bundles', { timeout: 60_000 }, async () => {
    const first = await run(articles, ['2023']);
    expect([first.result.indexedIds, first.job.shards.map((s) => s.id)]).toEqual([['2023'], ['2024', '2023']]);
    expect((await run(articles)).result.indexedIds).toEqual(['2024']);
    expect((await run(articles)).result.indexedIds).toEqual([]);
    const edited = [articles[0]!, { ...articles[1]!, body: '河长制工作会议召开。' }];
    const { job, result } = await run(edited);
    expect([result.indexedIds, result.reused, result.pages]).toEqual([['2023'], 1, 2]);

    const out = join(dir, 'site');
    job.install(out, result);
    expect(JSON.parse(readFileSync(join(out, 'pagefind/shards.json'), 'utf8'))).toEqual({
      version: 1,
      language: 'zh-cn',
      shards: [
        { id: '2024', bundlePath: '/news/pagefind/', pages: 1 },
        { id: '2023', bundlePath: '/news/pagefind/shards/2023/', pages: 1 },
      ],
      grams: { buckets: 1 },
      postings: { buckets: 1, cap: 40 },
      firstAnswer: 500,
    });
    // The bigram directory: which shards (hex mask over their positions) and how many pages hold each pair.
    const grams = JSON.parse(readFileSync(join(out, 'pagefind/grams/0.json'), 'utf8')) as Record<string, [string, number]>;
    expect([grams['养老'], grams['河长'], grams['召开'], grams['会议'], grams['长制']]).toEqual([
      ['1', 1],
      ['2', 1],
      ['2', 1],
      ['2', 1],
      ['2', 1],
    ]);
    expect(readdirSync(join(out, 'pagefind/grams'))).toEqual(['0.json']);
    // The page postings, shard by shard: [position in shards.json (2024 first), pages numbered within the shard].
    const postings = JSON.parse(readFileSync(join(out, 'pagefind/postings/0.json'), 'utf8')) as Record<string, [number, string][]>;
    expect([postings['养老'], postings['河长'], postings['召开']].map((e) => e?.map(([p, l]) => [p, decodePostings(l)]))).toEqual([
      [[0, [0]]],
      [[1, [0]]],
      [[1, [0]]],
    ]);
    expect(Object.keys(postings).length).toBe(Object.keys(grams).length);
    const fragments = (bundle: string) => readdirSync(join(out, bundle, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect(readdirSync(join(out, 'pagefind/pages')).sort()).toEqual(['2023', '2024']);
    expect(JSON.parse(readFileSync(join(out, 'pagefind/pages/2024/0.json'), 'utf8'))).toEqual(fragments('pagefind'));
    expect(JSON.parse(readFileSync(join(out, 'pagefind/pages/2023/0.json'), 'utf8'))).toEqual(fragments('pagefind/shards/2023'));
    expect(fragments('pagefind')).toHaveLength(1);
    expect(
      ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/shards/2023/pagefind-entry.json'].filter(
        (f) => !existsSync(join(out, f)),
      ),
    ).toEqual([]);
    expect(existsSync(join(out, 'pagefind/pagefind-ui.js'))).toBe(false);
  });
});

describe('index chunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-search-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(`holds at most ${INDEX_CHUNK_SIZE} word positions each, so a query fetches small chunks`, { timeout: 60_000 }, async () => {
    // 4,000 distinct words, one position each: one chunk with Pagefind's default (20,000), seven
    // with ours (Pagefind counts a word as its positions plus a little more).
    const words = Array.from({ length: 4000 }, (_, i) => `w${String(i).padStart(4, '0')}`).join(' ');
    const shards = planShards([sampleArticle('2024/05/a', { date: '2024-05-01', title: 'T' }, words)], 'none', '2024-06-01 00:00', 's');
    await indexShards(shards, { cacheRoot: dir, language: 'zh-cn' });
    expect(readdirSync(join(dir, 'all/bundle/index')).length).toBe(7);
  });
});

describe('indexShards two at a time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-search-parallel-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes, with two Pagefind processes at once, the bundles one at a time writes', { timeout: 60_000 }, async () => {
    const articles = ['2024', '2023', '2022'].map((year) => article(`${year}/05/a`, `${year}-05-01`, `${year}年养老服务中心开业。`));
    const shards = planShards(articles, 'year', '2025-01-01 00:00', 's');
    const one = await indexShards(shards, { cacheRoot: join(dir, 'one'), language: 'zh-cn' });
    const two = await indexShards(shards, { cacheRoot: join(dir, 'two'), language: 'zh-cn', parallel: () => 2 });
    expect([one.indexedIds, two.indexedIds]).toEqual([
      ['2024', '2023', '2022'],
      ['2024', '2023', '2022'],
    ]);
    const files = (root: string) =>
      readdirSync(root, { recursive: true })
        .map(String)
        .filter((f) => f.includes('.pf_'))
        .sort()
        .map((f) => [f, readFileSync(join(root, f)).toString('base64')]);
    expect(files(join(dir, 'two'))).toEqual(files(join(dir, 'one')));
    // One metadata file and one fragment (its one article) per shard.
    const kinds = files(join(dir, 'one')).map(([f]) => f!.slice(f!.lastIndexOf('.')));
    expect([kinds.filter((k) => k === '.pf_meta').length, kinds.filter((k) => k === '.pf_fragment').length]).toEqual([3, 3]);
    // Each shard's page postings are counted as soon as it is indexed, so installing only reads them.
    const meta = (year: string) => readdirSync(join(dir, 'one', year, 'bundle')).find((f) => f.endsWith('.pf_meta'));
    expect(['2024', '2023', '2022'].map((year) => readdirSync(join(dir, 'one', year)).sort())).toEqual(
      ['2024', '2023', '2022'].map((year) => ['bundle', 'hash', `postings-v2-${meta(year)}.json`]),
    );
  });
});

describe('Pagefind behind the pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-search-nice-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('asks the priority before each shard, and lowers that of the runs under way', { timeout: 60_000 }, async () => {
    const memory = join(dir, 'memory');
    mkdirSync(memory);
    const articles = ['2024', '2023'].flatMap((year) =>
      Array.from({ length: 300 }, (_, i) => sampleArticle(`${year}/05/a${i}`, { date: `${year}-05-01` }, '养老服务中心开业。'.repeat(200))),
    );
    const asked: number[] = [];
    const done = indexShards(planShards(articles, 'year', '2025-01-01 00:00', 's'), {
      cacheRoot: join(dir, 'cache'),
      language: 'zh-cn',
      memory,
      niceness: () => {
        asked.push(asked.length);
        return 0;
      },
    });
    // The first shard's Pagefind, found by the folder it reads; then lowered to niceness 7.
    let pid = '';
    while (pid === '') {
      await new Promise((r) => setTimeout(r, 5));
      pid = spawnSync('pgrep', ['-f', memory], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '';
    }
    reniceRunning(7);
    expect(spawnSync('ps', ['-o', 'ni=', '-p', pid], { encoding: 'utf8' }).stdout.trim()).toBe('7');
    await done;
    expect(asked).toEqual([0, 1]);
  });
});

describe('a build that exits while Pagefind runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-search-exit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('ends the Pagefind run and removes its page folder and its temporary bundle', { timeout: 60_000 }, () => {
    const memory = join(dir, 'memory');
    const script = join(dir, 'exit.ts');
    // 400 articles: Pagefind runs for a while after the pages are written; the process exits as soon as the folder is there.
    writeFileSync(
      script,
      `import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indexShards } from ${JSON.stringify(join(import.meta.dirname, 'indexer.ts'))};
import { planShards } from ${JSON.stringify(join(import.meta.dirname, 'records.ts'))};
import { sampleArticle } from ${JSON.stringify(join(import.meta.dirname, 'testing.ts'))};
mkdirSync(${JSON.stringify(memory)}, { recursive: true });
const articles = Array.from({ length: 400 }, (_, i) => sampleArticle(\`2024/05/a\${i}\`, { date: '2024-05-01' }, '养老服务中心开业。'.repeat(200)));
void indexShards(planShards(articles, 'none', '2024-06-01 00:00', 's'), { cacheRoot: ${JSON.stringify(join(dir, 'cache'))}, language: 'zh-cn', memory: ${JSON.stringify(memory)} });
const wait = setInterval(() => {
  const folder = readdirSync(${JSON.stringify(memory)})[0];
  if (folder !== undefined && existsSync(join(${JSON.stringify(memory)}, folder, 'site'))) {
    clearInterval(wait);
    setTimeout(() => process.exit(3), 200);
  }
}, 5);
`,
    );
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([3, '']);
    expect(readdirSync(memory)).toEqual([]);
    expect(readdirSync(join(dir, 'cache', 'all'))).toEqual([]);
    // No Pagefind process reads a folder of this test any more.
    expect(spawnSync('pgrep', ['-f', memory], { encoding: 'utf8' }).stdout).toBe('');
  });
});

describe('indexShard', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-search-fail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(
    'refuses a bundle that misses an article, names the shard, and leaves no bundle, hash or temporary folder',
    { timeout: 60_000 },
    async () => {
      // Pagefind finds no words in an article with neither headline nor text, and leaves it out.
      const shards = planShards(
        [article('2024/05/a', '2024-05-01', '养老服务中心开业。'), sampleArticle('2024/05/b', { date: '2024-05-02', title: '' }, '')],
        'year',
        '2025-01-01 00:00',
        's',
      );
      await expect(indexShards(shards, { cacheRoot: dir, language: 'zh-cn' })).rejects.toThrow(
        /^Pagefind indexed 1 of the 2 articles of search shard 2024:\n/,
      );
      expect(readdirSync(join(dir, '2024'))).toEqual([]);
    },
  );
});
