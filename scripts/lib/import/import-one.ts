import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { issuesToProblems } from '../../../src/schemas/problems.ts';
import type { SiteData } from '../../../src/schemas/site-data.ts';
import { attachmentsToMarkdown, localiseAssets, type AssetLimits } from './assets.ts';
import { decodePage } from './decode.ts';
import { extractFromHtml } from './extract-html.ts';
import { fetchUrl } from './fetch-page.ts';
import { toFrontmatter } from './frontmatter.ts';
import { mdastToMarkdown } from './markdown.ts';
import { resolveSource } from './resolve-source.ts';
import { titleToSlug } from '../../../src/lib/title-slug.ts';
import { extractFromText } from './text-copy.ts';
import type { ArticleDraft } from './types.ts';
import { writeFileAtomic } from './write-atomic.ts';

/**
 * The stable JSON contract: one object per input, `null` for what was not found:
 * `{file, title, date, source, author, originalUrl, editor, category, body}`, body as Markdown.
 */
export type ImportedFields = { file: string } & Pick<
  ArticleDraft,
  'title' | 'date' | 'source' | 'author' | 'originalUrl' | 'editor' | 'category'
> & { body: string };

export interface ImportOptions {
  siteData: SiteData;
  /** Folder articles are written to (`content/articles`). */
  outDir: string;
  /** Folder paths are reported relative to. */
  root: string;
  /** The site's `public/` folder, where attachments go (default: `<root>/public`). */
  publicDir?: string | undefined;
  category?: string | undefined;
  /** The original address of a saved page, when the page does not say it. */
  url?: string | undefined;
  dryRun: boolean;
  force: boolean;
  assets: boolean;
  assetLimits?: AssetLimits;
}

export interface ImportResult {
  fields: ImportedFields;
  status: 'imported' | 'needs-review' | 'failed' | 'dry-run';
  /** The article file written (or that would be written), relative to `root`. */
  target?: string;
  /** Fields an editor must fill in or check. */
  missing: string[];
  /** One line each: what needs a human, and how to fix it. */
  notes: string[];
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '标题',
  date: '发布时间',
  source: '来源',
  author: '作者',
  originalUrl: '原文链接',
  category: '栏目',
  editor: '责任编辑',
};

function looksLikeHtml(name: string, text: string): boolean {
  if (/\.(s?html?|xhtml|php|aspx?|jsp)$/iu.test(name)) return true;
  if (/\.(txt|text)$/iu.test(name)) return false;
  return /<(?:!doctype|html|head|body|meta|div|p)\b/iu.test(text.slice(0, 4000));
}

async function readInput(input: string): Promise<{ bytes: Uint8Array; contentType?: string; url?: string; pageFile?: string }> {
  if (/^https?:\/\//iu.test(input)) {
    const fetched = await fetchUrl(input);
    return { bytes: fetched.bytes, contentType: fetched.contentType, url: fetched.url };
  }
  return { bytes: await readFile(input), pageFile: resolve(input) };
}

/**
 * The file name for an import: the title's slug, or `slug-2`, `slug-3` … when another
 * article (another original URL) already has it. `exists` means this very original was
 * imported before, which only `--force` may replace.
 */
async function freeSlug(folder: string, base: string, originalUrl: string | null): Promise<{ slug: string; exists: boolean }> {
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    let text: string;
    try {
      text = await readFile(join(folder, `${slug}.md`), 'utf8');
    } catch {
      return { slug, exists: false };
    }
    const url = /^originalUrl:\s*["']?([^"'\n]+)/mu.exec(text)?.[1]?.trim();
    if (originalUrl === null || url === undefined || url === originalUrl) return { slug, exists: true };
  }
  return { slug: `${base}-${Date.now()}`, exists: false };
}

function draftToFields(file: string, draft: ArticleDraft): ImportedFields {
  return {
    file,
    title: draft.title,
    date: draft.date,
    source: draft.source,
    author: draft.author,
    originalUrl: draft.originalUrl,
    editor: draft.editor,
    category: draft.category,
    body: mdastToMarkdown(draft.body),
  };
}

/** Imports one saved page, text copy or URL: extract, resolve the source, copy assets, write atomically. */
export async function importOne(input: string, options: ImportOptions): Promise<ImportResult> {
  const empty: ImportedFields = {
    file: input,
    title: null,
    date: null,
    source: null,
    author: null,
    originalUrl: null,
    editor: null,
    category: null,
    body: '',
  };
  let read: Awaited<ReturnType<typeof readInput>>;
  try {
    read = await readInput(input);
  } catch (error) {
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `文件不存在。File not found: check the path.`
        : error instanceof Error
          ? error.message
          : String(error);
    return { fields: empty, status: 'failed', missing: [], notes: [`${input}: ${why}`] };
  }
  const { text } = decodePage(read.bytes, read.contentType);
  const ctx = { url: options.url ?? read.url, columns: options.siteData.columns.map((c) => c.name), category: options.category };
  const draft = looksLikeHtml(input, text) ? extractFromHtml(text, ctx) : extractFromText(text, ctx);
  const fields = draftToFields(input, draft);

  const notes: string[] = [];
  const required = ['title', 'date', 'source', 'originalUrl', 'category'] as const;
  const missing: string[] = required.filter((key) => fields[key] === null);
  if (fields.author === null) missing.push('author');
  for (const key of missing) {
    const hint =
      key === 'author'
        ? '未找到作者，将显示“佚名”。No author found: the page will show 佚名; add `author:` if the original names one.'
        : key === 'category'
          ? `未找到栏目。No column found: pass --category (${options.siteData.columns.map((c) => c.name).join('、')}) or add \`category:\`.`
          : key === 'originalUrl'
            ? '未找到原文链接。No original URL found: pass --url, or add `originalUrl: https://…`.'
            : `未找到${FIELD_LABELS[key] ?? key}。No \`${key}\` found: add it to the frontmatter by hand.`;
    notes.push(`${key}: ${hint}`);
  }
  let sourceName = fields.source;
  if (fields.source !== null) {
    const resolved = resolveSource(fields.source, options.siteData.sources);
    if (resolved.known) sourceName = resolved.name;
    else notes.push(`source: ${resolved.suggestion}`);
  }
  if (!fields.body.trim()) notes.push('body: 未找到正文。No article text found: paste the text under the frontmatter by hand.');

  if (options.dryRun) return { fields, status: 'dry-run', missing, notes };
  if (fields.title === null || fields.date === null || !fields.body.trim()) {
    notes.unshift('无法导入：缺少标题、发布时间或正文。Not imported: the title, date or body is missing, so no file can be named.');
    return { fields, status: 'failed', missing, notes };
  }

  const folder = join(options.outDir, fields.date.slice(0, 4), fields.date.slice(5, 7));
  const { slug, exists } = await freeSlug(folder, titleToSlug(fields.title), fields.originalUrl);
  const path = join(folder, `${slug}.md`);
  const target = relative(options.root, path).split('\\').join('/');
  if (exists && !options.force) {
    notes.unshift(`${target} 已存在。The file exists: pass --force to overwrite it, or rename the existing article.`);
    return { fields, status: 'failed', target, missing, notes };
  }

  let attachments = '';
  if (options.assets) {
    const report = await localiseAssets(draft.body, {
      dir: join(folder, slug),
      href: `./${slug}`,
      attachmentDir: join(
        options.publicDir ?? join(options.root, 'public'),
        'attachments',
        fields.date.slice(0, 4),
        fields.date.slice(5, 7),
        slug,
      ),
      attachmentHref: `/attachments/${fields.date.slice(0, 4)}/${fields.date.slice(5, 7)}/${slug}`,
      pageFile: read.pageFile,
      baseUrl: draft.baseUrl,
      ...(options.assetLimits ? { limits: options.assetLimits } : {}),
    });
    for (const f of report.failed)
      notes.push(`asset: 未能下载 ${f.url}（${f.reason}），保留原链接。The file was not copied: the Markdown keeps the remote URL.`);
    attachments = attachmentsToMarkdown(report.attachments);
  }
  const frontmatter = toFrontmatter({
    title: fields.title,
    date: fields.date,
    source: sourceName ?? undefined,
    author: fields.author ?? undefined,
    originalUrl: fields.originalUrl ?? undefined,
    category: fields.category ?? undefined,
    editor: fields.editor ?? undefined,
    originalTitle: draft.originalTitle,
  });
  const body = mdastToMarkdown(draft.body) + attachments;
  const schema = createArticleSchema(options.siteData);
  const data: Record<string, unknown> = {
    title: fields.title,
    date: fields.date,
    source: sourceName,
    originalUrl: fields.originalUrl,
    category: fields.category,
  };
  for (const key of Object.keys(data)) if (data[key] === null) delete data[key];
  const check = schema.safeParse(data);
  const invalid = check.success ? [] : issuesToProblems(target, check.error.issues);
  for (const p of invalid)
    if (!missing.includes(p.field) && !notes.some((n) => n.startsWith(`${p.field}:`))) notes.push(`${p.field}: ${p.message}`);
  await writeFileAtomic(path, `${frontmatter}\n${body}`, options.force);
  return { fields, status: invalid.length > 0 ? 'needs-review' : 'imported', target, missing, notes };
}
