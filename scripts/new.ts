/**
 * npm run new -- --title … --source … --url … [--category …] [--date YYYY-MM-DD] [--author …] [--slug …]
 * Scaffolds a draft article with valid frontmatter at content/articles/YYYY/MM/<slug>.md.
 * In a terminal, missing fields are asked for. Never overwrites an existing file.
 * Exit 1 when a field is missing or invalid, 2 when the command is wrong (an unknown option, a
 * file argument, a --content folder without site.yaml).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { commandArgsOrExit } from './lib/command-args.ts';
import { formatProblem } from '../src/schemas/problems.ts';
import { loadSiteData } from './lib/check/content-files.ts';
import { writeFileAtomic } from './lib/import/write-atomic.ts';
import { askMissing, type PartialFields } from './lib/new/prompt.ts';
import { scaffoldArticle, type NewArticleFields } from './lib/new/scaffold.ts';

const options = {
  title: { type: 'string' },
  source: { type: 'string' },
  url: { type: 'string' },
  category: { type: 'string' },
  date: { type: 'string' },
  author: { type: 'string' },
  slug: { type: 'string' },
  content: { type: 'string' },
} as const;

const USAGE = 'npm run new -- --title … --source … --url … [--category …] [--date YYYY-MM-DD] [--author …] [--slug …] [--content dir]';
const usage = (message: string): never => {
  console.error(`${message} Usage: ${USAGE}`);
  process.exit(2);
};
const { values } = commandArgsOrExit({
  usage: USAGE,
  nothingDone: '未新建任何文件。Nothing was written: correct the command and run it again.',
  options,
});

// npm runs a script in the package root: --content means what it says from the folder it was typed in
const root = (process.env['npm_lifecycle_event'] === 'new' && process.env['INIT_CWD']) || process.cwd();
const contentName = values.content ?? (process.env['ZHUANZAI_CONTENT_DIR'] || 'content');
const contentDir = values.content ? resolve(root, values.content) : resolve(contentName);
if (!existsSync(join(contentDir, 'site.yaml')))
  usage(
    `内容文件夹 ${contentName} 不存在或没有 site.yaml。The content folder ${contentName} does not exist or has no site.yaml: check --content.`,
  );
const site = await loadSiteData(contentDir, root);
if (!site.ok) {
  for (const p of site.problems) console.error(formatProblem(p));
  process.exit(1);
}

let fields: PartialFields = {
  title: values.title,
  source: values.source,
  originalUrl: values.url,
  category: values.category,
  date: values.date,
  author: values.author,
  slug: values.slug,
};
if (process.stdin.isTTY && process.stdout.isTTY && (!fields.title || !fields.source || !fields.originalUrl || !fields.category)) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    fields = await askMissing(
      rl,
      fields,
      site.data.columns.map((c) => c.name),
    );
  } finally {
    rl.close();
  }
}

const missing = (['title', 'source', 'originalUrl', 'category'] as const).filter((k) => !fields[k]);
if (missing.length > 0) {
  const flags: Record<string, string> = { title: '--title', source: '--source', originalUrl: '--url', category: '--category' };
  console.error(
    `缺少 ${missing.map((k) => flags[k]).join(' ')}。Missing ${missing.map((k) => flags[k]).join(', ')}: e.g. npm run new -- --title 标题 --source 新华社 --url https://www.gov.cn/… --category ${site.data.columns[0]?.name ?? '栏目'}`,
  );
  process.exit(1);
}

const result = scaffoldArticle(fields as NewArticleFields, site.data, resolve(contentDir, 'articles'), root);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
try {
  await writeFileAtomic(result.path, result.text, false);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`${result.file} 已存在。The file exists: choose another --slug, or edit the existing article.`);
  process.exit(1);
}
console.log(`已创建 created ${result.file} (draft)`);
