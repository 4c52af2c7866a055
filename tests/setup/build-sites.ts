import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildSite } from './astro-build.ts';
import {
  DEMO_DIST,
  FIXTURE_CONTENT,
  FIXTURE_DIST,
  FIXTURE_SOURCE,
  GENERATED_COUNT,
  OUTPUT,
  PUBLISH_CONTENT,
  PUBLISH_DIST,
} from './paths.ts';

/** Fictional filler articles: enough for the 要闻 column to need three pages. */
function writeGeneratedArticles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= GENERATED_COUNT; i++) {
    const n = String(i).padStart(2, '0');
    const day = new Date(Date.UTC(2023, 0, i)).toISOString().slice(0, 10);
    writeFileSync(
      `${dir}/shifan-${n}.md`,
      `---\ntitle: 示范县第${n}期工作简报\ndate: ${day}\nsource: 示范县人民政府\noriginalUrl: https://county.example.gov/jianbao/${n}.html\ncategory: 要闻\n---\n\n示范县第${n}期工作简报正文。\n`,
    );
  }
}

/** Builds the fixture site (under TZ=America/Los_Angeles), the publishing fixture and the demo site once for all site tests. */
export default function setup(): void {
  rmSync(OUTPUT, { recursive: true, force: true });
  cpSync(FIXTURE_SOURCE, FIXTURE_CONTENT, { recursive: true });
  writeGeneratedArticles(`${FIXTURE_CONTENT}/articles/2023/01`);
  const fixture = buildSite(FIXTURE_CONTENT, FIXTURE_DIST, { TZ: 'America/Los_Angeles' });
  if (fixture.status !== 0) throw new Error(`fixture build failed:\n${fixture.output}`);
  const publishing = buildSite(PUBLISH_CONTENT, PUBLISH_DIST, { ZHUANZAI_NOW: '2024-06-01 12:00' });
  if (publishing.status !== 0) throw new Error(`publishing fixture build failed:\n${publishing.output}`);
  const demo = buildSite('content', DEMO_DIST);
  if (demo.status !== 0) throw new Error(`demo build failed:\n${demo.output}`);
}
