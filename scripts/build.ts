/**
 * npm run build: checks all content, builds the site (pages and search index) into a staging
 * folder, and swaps it into `dist/` only when every step succeeded. A failed build leaves the
 * previous `dist/` as it was, so CI can never upload a half-built site.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkContent } from './lib/check/index.ts';
import { formatText, summarise } from './lib/check/report.ts';
import { findScheduled, publicationNow } from './lib/build/scheduled.ts';
import { stagingDirFor, swapIn } from './lib/build/staging.ts';

const root = process.cwd();
const contentDir = resolve(process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content');
const outDir = resolve(process.env['ZHUANZAI_OUT_DIR'] ?? 'dist');

const { files, problems } = await checkContent({ contentDir, root });
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.error(formatText(problems));
if (errors.length > 0) {
  console.error(summarise(problems, files));
  console.error('构建已停止：请先修正以上内容错误。The build stopped before writing anything: fix the content errors above.');
  process.exit(1);
}

const now = publicationNow();
const scheduled = await findScheduled(contentDir, root, now);
if (scheduled.length > 0) {
  const next = scheduled[0];
  console.log(
    `定时发布 Scheduled: ${scheduled.length} article(s) wait for their \`published\` time (now ${now}, Asia/Shanghai); next: ${next?.file} at ${next?.published}.`,
  );
}

const staging = stagingDirFor(outDir);
await rm(staging, { recursive: true, force: true });
const status = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ZHUANZAI_OUT_DIR: staging, ZHUANZAI_NOW: now },
  });
  child.on('close', (code) => done(code ?? 1));
});
if (status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`构建失败，${outDir} 未改动。The build failed; ${outDir} was left as it was.`);
  process.exit(status);
}
await swapIn(staging, outDir);
console.log(`Built ${files} article file(s) into ${outDir}.`);
