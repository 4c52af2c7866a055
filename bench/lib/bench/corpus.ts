import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from './prng.ts';
import * as P from './phrases.ts';

export interface CorpusOptions {
  /** Folder to create; it receives `site.yaml`, `columns.yaml`, `sources.yaml` and `articles/`. */
  dir: string;
  /** Number of articles. */
  n: number;
  seed: number;
}

export interface CorpusStats {
  articles: number;
  /** Characters of article body text, all articles together. */
  bodyChars: number;
  bytes: number;
}

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3653; // 2015-01-01 … 2024-12-31
export const SOURCE_COUNT = 40;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface Source {
  name: string;
  slug: string;
  kind: string;
}

/** Forty invented sources: newspapers, governments, party organs and media centres of invented places. */
export function benchSources(): Source[] {
  const kinds: [string, string, string][] = [
    ['日报', 'ribao', '地方新闻单位'],
    ['市人民政府', 'zhengfu', '政府网站'],
    ['市纪委监委', 'jiwei', '党委部门'],
    ['融媒体中心', 'rongmeiti', '地方新闻单位'],
  ];
  return Array.from({ length: SOURCE_COUNT }, (_, i) => {
    const [suffix, slugSuffix, kind] = kinds[i % kinds.length] ?? kinds[0]!;
    const place = `${P.PLACE_HEADS[i % 20]}${P.PLACE_TAILS[(i * 7 + Math.floor(i / 20) * 3) % 20]}`;
    return { name: `${place}${suffix}`, slug: `laiyuan-${pad(i + 1)}-${slugSuffix}`, kind };
  });
}

function place(r: Random): string {
  return `${r.pick(P.PLACE_HEADS)}${r.pick(P.PLACE_TAILS)}${r.pick(P.PLACE_KINDS)}`;
}

function person(r: Random): string {
  return `${r.pick(P.POSTS)}${r.pick(P.SURNAMES)}${r.pick(P.GIVEN)}`;
}

/** Fills `{slot}`s; the article's own place and topic come back most of the time, as in real reports. */
function fill(template: string, r: Random, main: { place: string; topic: string; year: number }): string {
  const slots: Record<string, () => string> = {
    date: () => `${r.int(1, 12)}月${r.int(1, 28)}日`,
    place: () => (r.chance(0.8) ? main.place : place(r)),
    place2: () => place(r),
    place3: () => place(r),
    org: () => r.pick(P.ORGS),
    topic: () => (r.chance(0.75) ? main.topic : r.pick(P.TOPICS)),
    topic2: () => r.pick(P.TOPICS),
    meeting: () => r.pick(P.MEETINGS),
    person: () => person(r),
    person2: () => person(r),
    verb: () => r.pick(P.VERBS),
    verb2: () => r.pick(P.VERBS),
    goal: () => r.pick(P.GOALS),
    object: () => r.pick(P.OBJECTS),
    unit: () => r.pick(P.UNITS),
    number: () => String(r.int(12, 9800)),
    number2: () => String(r.int(10, 900)),
    number3: () => String(r.int(12, 48)),
    small: () => String(r.int(3, 12)),
    pct: () => (r.int(5, 400) / 10).toFixed(1),
    pct2: () => (r.int(850, 1000) / 10).toFixed(1),
    money: () => (r.int(5, 900) / 10).toFixed(1),
    year: () => String(main.year + r.int(1, 5)),
    doc: () => r.pick(P.DOCS),
    months: () => String(r.int(2, 12)),
    month: () => String(r.int(1, 12)),
    day: () => String(r.int(1, 28)),
    kind: () => r.pick(['市', '县', '区']),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key]?.() ?? key);
}

function body(r: Random, main: { place: string; topic: string; year: number }): string {
  const target = r.int(1000, 3000);
  const blocks: string[] = [];
  const headings = r.sample(P.HEADINGS, P.HEADINGS.length);
  let chars = 0;
  let paragraphs = 0;
  while (chars < target) {
    if (paragraphs > 0 && paragraphs % r.int(3, 4) === 0 && headings.length > 0) {
      const heading = headings.pop() ?? '';
      blocks.push(`## ${heading}`);
      chars += heading.length;
    }
    const sentences = Array.from({ length: r.int(3, 6) }, () => fill(r.pick(P.SENTENCES), r, main));
    const paragraph = sentences.join('');
    blocks.push(paragraph);
    chars += paragraph.length;
    paragraphs += 1;
  }
  return blocks.join('\n\n');
}

/** One article file: frontmatter and body. Its text depends only on `seed` and `index`. */
export function benchArticle(seed: number, index: number, sources: readonly Source[]): { path: string; text: string; bodyChars: number } {
  const r = createRandom((seed * 1_000_003 + index) >>> 0);
  const day = new Date(FIRST_DAY + r.int(0, DAYS - 1) * 86_400_000);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const main = { place: place(r), topic: r.pick(P.TOPICS), year: y };
  const source = r.pick(sources);
  const [column] = r.pick(P.COLUMNS);
  const title = fill(r.pick(P.TITLES), r, main);
  const text = body(r, main);
  const fm = [
    `title: ${JSON.stringify(title)}`,
    `date: ${y}-${pad(m)}-${pad(d)} ${pad(r.int(7, 21))}:${pad(r.int(0, 59))}`,
    `source: ${source.name}`,
    `author: ${r.chance(0.4) ? '佚名' : `${r.pick(P.SURNAMES)}${r.pick(P.GIVEN)}`}`,
    `originalUrl: https://www.${source.slug}.example.cn/art/${y}/${m}/${d}/art_${index}.html`,
    `category: ${column}`,
    `tags: [${r.sample(P.TAGS, r.int(0, 4)).join(', ')}]`,
    ...(r.chance(0.5) ? [`editor: ${r.pick(P.SURNAMES)}${r.pick(P.GIVEN)}`] : []),
    ...(r.chance(0.02) ? ['abridged: true'] : []),
  ];
  return {
    path: `${y}/${pad(m)}/wenzhang-${index}.md`,
    text: `---\n${fm.join('\n')}\n---\n\n${text}\n`,
    bodyChars: text.length,
  };
}

/** Writes the whole benchmark content folder. */
export function generateCorpus({ dir, n, seed }: CorpusOptions): CorpusStats {
  const sources = benchSources();
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), SITE_YAML);
  writeFileSync(
    join(dir, 'columns.yaml'),
    P.COLUMNS.map(([name, slug], i) => `- name: ${name}\n  slug: ${slug}\n  order: ${i + 1}\n  description: ${name}栏目。\n`).join(''),
  );
  writeFileSync(
    join(dir, 'sources.yaml'),
    sources.map((s) => `- name: ${s.name}\n  slug: ${s.slug}\n  homepage: https://www.${s.slug}.example.cn/\n  kind: ${s.kind}\n`).join(''),
  );
  const made = new Set<string>();
  const stats: CorpusStats = { articles: n, bodyChars: 0, bytes: 0 };
  for (let i = 1; i <= n; i++) {
    const article = benchArticle(seed, i, sources);
    const folder = join(dir, 'articles', article.path.slice(0, 7));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dir, 'articles', article.path), article.text);
    stats.bodyChars += article.bodyChars;
    stats.bytes += Buffer.byteLength(article.text);
  }
  return stats;
}

const SITE_YAML = `# Benchmark site: generated, every name in it is invented.
name: 基准测试转载网
tagline: 欢迎访问基准测试转载网！
brand: 基准测试政务信息中心
url: https://bench.example.cn
base: /
description: 性能基准测试用的合成站点。
operator: 基准测试转载网编辑部主办
supervisor: 基准测试中心 主管
copyright: 基准测试转载网 bench.example.cn 版权所有。
contacts:
  - label: 联系电话
    value: 010-00000000
address: 基准市测试路1号
icp: 基ICP备00000000号-1
disclaimer: '[免责声明] 本文来源于网络转载，仅供学习交流使用。如涉及作品内容、版权和其它问题，请在30日内与本网联系。'
notices: []
canonical: self
feed: summary
pageSize: 20
`;
