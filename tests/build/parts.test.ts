import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../bench/lib/bench/project-copy.ts';
import { buildSite } from '../setup/astro-build.ts';
import { hashTree } from '../setup/dist.ts';
import { PUBLISH_CONTENT, ROOT } from '../setup/paths.ts';

/**
 * The build spread over machines (scripts/lib/build/parts.ts): three parts built one after
 * another, then assembled, give `dist/` byte for byte as one build does; a missing, unfinished
 * or foreign part stops the assembly before it writes anything. The publishing fixture (a
 * withdrawn, a renamed, a scheduled article and a draft) and 18 short articles over two years,
 * with search shards of at most four articles, so that the parts index different shards.
 */

const work = mkdtempSync(join(tmpdir(), 'zhuanzai-parts-'));
const project = join(work, 'project');
const content = join(work, 'content');
const partsDir = join(work, 'parts');
const env: Record<string, string> = {
  ZHUANZAI_NOW: '2024-06-01 12:00',
  ZHUANZAI_SEARCH_SHARDS: 'year',
  ZHUANZAI_SEARCH_SHARD_SIZE: '4',
  ZHUANZAI_PARTS_DIR: partsDir,
  SITE_BASE: '/zhuanzai/',
};

function writeArticles(): void {
  const words = ['堤防巡查', '秸秆还田', '夜市管理', '校车安全', '古树保护', '冬春供暖', '燃气入户', '菜篮子工程', '河道清淤'];
  for (let i = 1; i <= 18; i++) {
    const year = i <= 8 ? 2023 : 2024;
    const month = String(year === 2023 ? ((i * 5) % 12) + 1 : ((i * 3) % 5) + 1).padStart(2, '0');
    const word = words[i % words.length];
    const file = join(content, `articles/${year}/${month}/jianbao-${i}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `---\ntitle: 示范县${word}工作简报第${i}期\ndate: ${year}-${month}-${String(i + 1).padStart(2, '0')}\nsource: 示范县人民政府\n` +
        `originalUrl: https://county.example.gov/jianbao/${i}.html\ncategory: ${i % 2 ? '要闻' : '通知公告'}\ntags: [${word}]\n---\n\n` +
        `示范县第${i}期简报：${word}进展顺利。\n\n- 第${i}批任务完成\n- 巡查**${i * 7}**处点位\n\n详见[通知](https://county.example.gov/${i}.html)。\n`,
    );
  }
}

const run = (args: string[], extra: Record<string, string> = {}) =>
  buildSite(content, join(work, 'dist'), { ...env, ...extra }, project, args);
const differing = (a: Map<string, string>, b: Map<string, string>) =>
  [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();

describe('npm run build -- --part K/N, then --assemble: the same dist/ as one build', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  copyProject(ROOT, project, { ownCaches: true });
  cpSync(PUBLISH_CONTENT, content, { recursive: true });
  writeArticles();
  let full = new Map<string, string>();

  test('three parts, one after another, assembled give dist/ byte for byte as one full build', { timeout: 600_000 }, () => {
    const one = buildSite(content, join(work, 'full'), { ...env, ZHUANZAI_FULL_BUILD: '1' }, project);
    expect(one.status, one.output).toBe(0);
    full = hashTree(join(work, 'full'));
    const shards = JSON.parse(readFileSync(join(work, 'full/pagefind/shards.json'), 'utf8')) as { shards: unknown[] };
    expect(shards.shards.length).toBeGreaterThan(3);

    const owned: string[][] = [];
    for (const k of [1, 2, 3]) {
      const part = run(['--part', `${k}/3`]);
      expect(part.status, part.output).toBe(0);
      expect(part.output).toContain(`Built part ${k} of 3 into ${join(partsDir, `part-${k}-of-3`)}`);
      const manifest = JSON.parse(readFileSync(join(partsDir, `part-${k}-of-3/part.json`), 'utf8')) as {
        articles: string[];
        shards: string[];
      };
      // Every part renders pages and indexes shards: the work is spread.
      expect(manifest.articles.length).toBeGreaterThan(4);
      expect(manifest.shards.length).toBeGreaterThan(0);
      owned.push(manifest.articles);
    }
    // 18 + the fixture's withdrawn, renamed and CRLF articles; the draft and the scheduled one have no page.
    expect(owned.flat().sort()).toEqual([...new Set(owned.flat())].sort());
    expect(owned.flat()).toHaveLength(21);

    const assembled = run(['--assemble', partsDir]);
    expect(assembled.status, assembled.output).toBe(0);
    expect(assembled.output).toContain('from 3 part(s) into');
    expect(differing(full, hashTree(join(work, 'dist')))).toEqual([]);
  });

  test('a missing part stops the assembly, naming the part, and leaves dist/ as it was', { timeout: 240_000 }, () => {
    const before = hashTree(join(work, 'dist'));
    renameSync(join(partsDir, 'part-2-of-3'), join(work, 'part-2-aside'));
    const missing = run(['--assemble', partsDir]);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain(
      `第 2/3 部分缺失。Part 2 of 3 is missing: no folder ${join(partsDir, 'part-2-of-3')}; build it again with npm run build -- --part 2/3 (in CI: rerun its job).`,
    );
    expect(differing(before, hashTree(join(work, 'dist')))).toEqual([]);
    renameSync(join(work, 'part-2-aside'), join(partsDir, 'part-2-of-3'));
  });

  test('an unfinished part (no part.json) stops the assembly', { timeout: 240_000 }, () => {
    const manifest = join(partsDir, 'part-3-of-3/part.json');
    const text = readFileSync(manifest, 'utf8');
    rmSync(manifest);
    const unfinished = run(['--assemble', partsDir]);
    expect(unfinished.status).toBe(1);
    expect(unfinished.output).toContain(`Part 3 of 3 did not finish: ${join(partsDir, 'part-3-of-3')} has no part.json`);
    writeFileSync(manifest, text);
  });

  test('parts built from other content stop the assembly before it renders anything', { timeout: 240_000 }, () => {
    const before = hashTree(join(work, 'dist'));
    const file = join(content, 'articles/2024/03/jianbao-9.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n编者按：本文于次日补充了值班电话。\n`);
    const foreign = run(['--assemble', partsDir]);
    expect(foreign.status).toBe(1);
    expect(foreign.output).toContain('Part(s) 1 of 3, 2 of 3, 3 of 3 were built from other content, code or settings');
    expect(differing(before, hashTree(join(work, 'dist')))).toEqual([]);
    expect(existsSync(join(work, 'dist/index.html'))).toBe(true);
  });
});
