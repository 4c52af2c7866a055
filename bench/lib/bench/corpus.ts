import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPlainProse, simpleMarkdownBlocks } from '../../../src/lib/simple-markdown.ts';
import { createRandom, type Random } from './prng.ts';
import * as P from './phrases.ts';
import * as R from './rich-phrases.ts';

export interface CorpusOptions {
  /** Folder to create; it receives `site.yaml`, `columns.yaml`, `sources.yaml` and `articles/`. */
  dir: string;
  /** Number of articles. */
  n: number;
  seed: number;
  /** The old corpus: every body plain prose (paragraphs and `##` headings), as before the representative one. */
  plain?: boolean;
}

export interface CorpusStats {
  /** `given`: a content folder of the user's (`--corpus`). */
  kind: 'representative' | 'plain' | 'given';
  articles: number;
  /** Bodies that are plain prose (paragraphs and headings): Markdown-free, they take the build's fast path. */
  plainProse: number;
  /** Bodies the build writes without the unified pipeline (`src/lib/simple-markdown.ts`); the others pay it. */
  fastPath: number;
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

interface Main {
  place: string;
  topic: string;
  year: number;
}

/** The generator of every `{slot}`; the article's own place and topic come back most of the time, as in real reports. */
export function slotFillers(r: Random, main: Main): Record<string, () => string> {
  return {
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
}

/** Fills the `{slot}`s of a template; an unknown slot is left as its name. */
export function fillTemplate(template: string, slots: Record<string, () => string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key]?.() ?? key);
}

function fill(template: string, r: Random, main: Main): string {
  return fillTemplate(template, slotFillers(r, main));
}

/** The plain corpus (`--plain`): paragraphs and `##` headings only. */
function plainBody(r: Random, main: Main): string {
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

/**
 * Shares of bodies that carry each construct in the representative corpus. Headings and images
 * are what `npm run bench:constructs` counted in the importer's output for the real pages of the
 * importer's development set (11 bodies: `##` subheadings in 5, captioned images in 3, one or
 * two each); links, lists, bold, tables and 附件 lists occurred in none of them, and get a small
 * share so that the benchmark pays for every construct the importer writes (docs/performance.md).
 */
export const BODY_MIX = {
  headings: 0.45,
  images: 0.27,
  links: 0.1,
  lists: 0.1,
  strong: 0.1,
  tables: 0.03,
  attachments: 0.05,
} as const;

/**
 * The sentence pieces one article draws from: a few of each list, so that articles differ in what
 * they say as real reports do (with every article drawing on all pieces, bodies come out alike
 * enough for the content check's near-duplicate rule).
 */
interface Vocabulary {
  templates: string[];
  openings: string[];
  subjects: string[];
  actions: string[];
  closings: string[];
}

function vocabulary(r: Random): Vocabulary {
  return {
    templates: r.sample(P.SENTENCES, 5),
    openings: r.sample(R.OPENINGS, 5),
    subjects: r.sample(R.SUBJECTS, 3),
    actions: r.sample(R.ACTIONS, 6),
    closings: r.sample(R.CLOSINGS, 4),
  };
}

/** A sentence of one of thousands of shapes: an old template, or an opening, a subject, an action and a close. */
function sentence(r: Random, main: Main, v: Vocabulary): string {
  if (r.chance(0.3)) return fill(r.pick(v.templates), r, main);
  return fill(`${r.pick(v.openings)}${r.pick(v.subjects)}${r.pick(v.actions)}${r.pick(v.closings)}`, r, main);
}

function heading(r: Random, main: Main, n: number, numbered: boolean): string {
  const lead = fill(r.pick(R.HEADING_LEADS), r, main);
  const tail = fill(r.pick(R.HEADING_TAILS), r, main);
  return numbered ? `## ${R.NUMERALS[n % R.NUMERALS.length]}、${lead}${tail}` : `## ${lead}，${tail}`;
}

const boldLead = (r: Random, main: Main, n: number) => `**${R.NUMERALS[n]}是${fill(r.pick(R.BOLD_LEADS), r, main)}**。`;

function image(r: Random, main: Main, site: string, name: string): string {
  const caption = `${fill(r.pick(R.CAPTIONS), r, main)}${r.chance(0.6) ? ` ${r.pick(P.SURNAMES)}${r.pick(P.GIVEN)} 摄` : ''}`;
  // The importer writes the photo, then its caption as a paragraph of its own.
  return `![${caption}](${site}/images/${name}.jpg)\n\n${caption}`;
}

function list(r: Random, main: Main): string {
  const ordered = r.chance(0.5);
  const items = r.sample(R.LIST_ITEMS, r.int(3, 6)).map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${fill(item, r, main)}`);
  return `${fill(r.pick(R.LIST_INTROS), r, main)}\n\n${items.join('\n')}`;
}

function table(r: Random, main: Main): string {
  const rows = r.sample(R.TABLE_ROWS, r.int(3, 6)).map((label) => {
    const value = r.int(12, 9800);
    return `| ${fill(label, r, main)} | ${value} | ${(r.int(-100, 400) / 10).toFixed(1)}% |`;
  });
  return `${fill(r.pick(R.TABLE_INTROS), r, main)}\n\n| 指标 | 数值 | 同比 |\n| --- | ---: | ---: |\n${rows.join('\n')}`;
}

function withLink(r: Random, main: Main, text: string, site: string, name: string): string {
  const link = `[${fill(r.pick(R.LINK_TEXTS), r, main)}](${site}/art/${name}_${r.int(1, 99)}.html)`;
  return `${text}${r.pick(R.LINK_SENTENCES).replace('{link}', link)}`;
}

function attachments(r: Random, main: Main, site: string, name: string): string {
  const items = Array.from({ length: r.int(1, 3) }, (_, i) => {
    const [type, ext] = r.pick(R.ATTACHMENT_TYPES);
    const size = r.chance(0.7) ? `${(r.int(10, 9990) / 10).toFixed(1)} KB` : `${(r.int(11, 99) / 10).toFixed(1)} MB`;
    return `- [${i + 1}. ${fill(r.pick(R.ATTACHMENTS), r, main)}.${ext}](${site}/files/${name}_${i + 1}.${ext})（${type}，${size}）`;
  });
  return `## 附件\n\n${items.join('\n')}`;
}

/**
 * A body in the proportions of `BODY_MIX`: each construct is drawn on its own, so some bodies
 * stay plain prose and some carry several. `site` and `name` make the addresses of its images,
 * links and attachments (on the invented source's site: nothing is fetched).
 */
function representativeBody(r: Random, main: Main, site: string, name: string): string {
  const has = {
    headings: r.chance(BODY_MIX.headings),
    images: r.chance(BODY_MIX.images) ? r.int(1, 2) : 0,
    links: r.chance(BODY_MIX.links) ? r.int(1, 3) : 0,
    lists: r.chance(BODY_MIX.lists),
    strong: r.chance(BODY_MIX.strong),
    tables: r.chance(BODY_MIX.tables),
    attachments: r.chance(BODY_MIX.attachments),
  };
  const v = vocabulary(r);
  const paragraph = () => Array.from({ length: r.int(2, 5) }, () => sentence(r, main, v)).join('');
  const target = r.int(1000, 3000);
  const numbered = r.chance(0.4);
  const blocks: string[] = [];
  let chars = 0;
  let paragraphs = 0;
  let headings = 0;
  let bold = 0;
  while (chars < target) {
    if (has.headings && paragraphs > 0 && paragraphs % r.int(2, 4) === 0) {
      blocks.push(heading(r, main, headings, numbered));
      headings += 1;
    }
    let text = paragraph();
    if (has.strong && paragraphs > 0 && bold < 3 && r.chance(0.5)) {
      text = `${boldLead(r, main, bold)}${text}`;
      bold += 1;
    }
    if (has.links > 0 && paragraphs > 0 && r.chance(0.4)) {
      text = withLink(r, main, text, site, name);
      has.links -= 1;
    }
    blocks.push(text);
    chars += text.length;
    paragraphs += 1;
    // Photos come after the lead paragraph and further down, each with its caption.
    if (has.images > 0 && (paragraphs === 1 || r.chance(0.3))) {
      blocks.push(image(r, main, site, `${name}_${has.images}`));
      has.images -= 1;
    }
    if (has.lists && paragraphs > 1 && r.chance(0.5)) {
      blocks.push(list(r, main));
      has.lists = false;
    }
    if (has.tables && paragraphs > 1 && r.chance(0.5)) {
      blocks.push(table(r, main));
      has.tables = false;
    }
  }
  // What was drawn and has not found its place yet goes at the end, before the 附件 list.
  for (; has.images > 0; has.images -= 1) blocks.push(image(r, main, site, `${name}_${has.images}`));
  if (has.links > 0) blocks.push(withLink(r, main, paragraph(), site, name));
  if (has.lists) blocks.push(list(r, main));
  if (has.tables) blocks.push(table(r, main));
  if (has.strong && bold === 0) blocks.push(`${boldLead(r, main, 0)}${paragraph()}`);
  if (has.attachments) blocks.push(attachments(r, main, site, name));
  return blocks.join('\n\n');
}

/** One article file: frontmatter and body. Its text depends only on `seed` and `index`. */
export function benchArticle(
  seed: number,
  index: number,
  sources: readonly Source[],
  plain = false,
): { path: string; text: string; body: string; bodyChars: number } {
  const r = createRandom((seed * 1_000_003 + index) >>> 0);
  const day = new Date(FIRST_DAY + r.int(0, DAYS - 1) * 86_400_000);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const main = { place: place(r), topic: r.pick(P.TOPICS), year: y };
  const source = r.pick(sources);
  const [column] = r.pick(P.COLUMNS);
  const title = fill(r.pick(P.TITLES), r, main);
  const text = plain ? plainBody(r, main) : representativeBody(r, main, `https://www.${source.slug}.example.cn`, `${y}${pad(m)}/${index}`);
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
    body: text,
    bodyChars: text.length,
  };
}

/**
 * The day's new articles of the add-ten rebuild: articles `n + 1` … `n + count` of the corpus,
 * dated the day after its last day (2025-01-01, 09:00 onwards), as a daily merge adds them. Writes
 * them into `dir/articles` and returns their paths.
 */
export function addNewArticles(dir: string, seed: number, n: number, count: number): string[] {
  const sources = benchSources();
  const paths: string[] = [];
  for (let i = 1; i <= count; i++) {
    const article = benchArticle(seed, n + i, sources);
    const path = `2025/01/wenzhang-${n + i}.md`;
    const text = article.text.replace(/^date: .*$/m, `date: 2025-01-01 09:${pad(i % 60)}`);
    mkdirSync(join(dir, 'articles', '2025', '01'), { recursive: true });
    writeFileSync(join(dir, 'articles', path), text);
    paths.push(path);
  }
  return paths;
}

/** Writes the whole benchmark content folder. */
export function generateCorpus({ dir, n, seed, plain = false }: CorpusOptions): CorpusStats {
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
  const stats: CorpusStats = { kind: plain ? 'plain' : 'representative', articles: n, plainProse: 0, fastPath: 0, bodyChars: 0, bytes: 0 };
  for (let i = 1; i <= n; i++) {
    const article = benchArticle(seed, i, sources, plain);
    const folder = join(dir, 'articles', article.path.slice(0, 7));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dir, 'articles', article.path), article.text);
    stats.bodyChars += article.bodyChars;
    if (isPlainProse(article.body)) stats.plainProse += 1;
    if (simpleMarkdownBlocks(article.body.trim())) stats.fastPath += 1;
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
