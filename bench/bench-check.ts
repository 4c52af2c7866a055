/**
 * npm run bench:check -- [count=10000] [--runs 3] [--corpus random|formulaic]
 * Generates `count` valid articles in a temporary content folder and times `checkContent` over
 * them. Prints the median. `random`: about 1,500 characters of random Han text each, some with
 * images and links. `formulaic`: the build benchmark's government-news corpus (bench/lib/bench/corpus.ts),
 * whose articles share many sentence templates: the hard case for near-duplicate detection.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { commandArgsOrExit } from '../scripts/lib/command-args.ts';
import { checkContent } from '../scripts/lib/check/index.ts';
import { generateCorpus } from './lib/bench/corpus.ts';

const { values, positionals } = commandArgsOrExit({
  usage: 'npm run bench:check -- [count=10000] [--runs 3] [--corpus random|formulaic]',
  nothingDone: 'Nothing was run.',
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, corpus: { type: 'string', default: 'random' } },
});
const count = Number(positionals[0] ?? 10_000);
const runs = Number(values.runs);
/** A deterministic pseudo-random generator, so every run checks the same corpus. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** Eight paragraphs of common Han characters, distinct per article like real reprints. */
function body(i: number): string {
  const rand = prng(i + 1);
  const paragraphs: string[] = [];
  for (let p = 0; p < 8; p++) {
    let text = '';
    for (let c = 0; c < 180; c++) text += String.fromCharCode(0x4e00 + Math.floor(rand() * 3000)) + (c % 23 === 22 ? '，' : '');
    paragraphs.push(`${text}。`);
  }
  if (i % 10 === 0 && i > 0)
    paragraphs.push(`详见[相关报道](/articles/2024/${String(((i - 10) % 12) + 1).padStart(2, '0')}/a${i - 10}/)。`);
  return paragraphs.join('\n\n');
}

async function writeRandomCorpus(dir: string): Promise<void> {
  for (const f of ['site.yaml', 'columns.yaml', 'sources.yaml']) await copyFile(join('content', f), join(dir, f));
  for (let i = 0; i < count; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const folder = join(dir, 'articles', '2024', month);
    if (i < 12) await mkdir(folder, { recursive: true });
    const text = `---\ntitle: 第${i}号示例稿件\ndate: 2024-${month}-${String((i % 28) + 1).padStart(2, '0')}\nsource: 新华社\noriginalUrl: https://www.example.cn/${i}.html\ncategory: 时政要闻\n---\n\n${body(i)}\n`;
    await writeFile(join(folder, `a${i}.md`), text);
  }
}

const dir = await mkdtemp(join(tmpdir(), 'zhuanzai-bench-check-'));
try {
  if (values.corpus === 'formulaic') generateCorpus({ dir, n: count, seed: 1 });
  else await writeRandomCorpus(dir);
  const times: number[] = [];
  const cpu: number[] = [];
  let problems = 0;
  let nearDuplicates = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const result = await checkContent({ contentDir: dir, root: dir });
    times.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    problems = result.problems.length;
    nearDuplicates = result.problems.filter((p) => p.field === 'body' && p.message.startsWith('正文与 ')).length;
  }
  // CPU time says how much work a check is when other jobs share the machine; wall time is what an editor waits
  cpu.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] ?? 0;
  console.log(
    `check: ${count} ${values.corpus} articles, ${runs} runs, median ${(median / 1000).toFixed(2)} s wall (min ${((times[0] ?? 0) / 1000).toFixed(2)} s), median ${(cpuMedian / 1000).toFixed(2)} s CPU, ${problems} problems reported (${nearDuplicates} near-duplicates)`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
