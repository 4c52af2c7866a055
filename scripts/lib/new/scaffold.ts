import { join, relative } from 'node:path';
import { instantToArticleDate } from '../../../src/lib/dates.ts';
import { createArticleSchema } from '../../../src/schemas/article.ts';
import { issuesToProblems, type ContentProblem } from '../../../src/schemas/problems.ts';
import type { SiteData } from '../../../src/schemas/site-data.ts';
import { toFrontmatter } from '../import/frontmatter.ts';
import { titleToSlug } from '../../../src/lib/title-slug.ts';

/** What `npm run new` asks for. */
export interface NewArticleFields {
  title: string;
  source: string;
  originalUrl: string;
  category: string;
  /** Original publish date; defaults to today in Beijing time. */
  date?: string | undefined;
  author?: string | undefined;
  /** File name; defaults to the pinyin of the title. */
  slug?: string | undefined;
}

/** Placeholder body: the article stays a draft until the editor pastes the text and removes `draft`. */
export const PLACEHOLDER_BODY =
  '在此粘贴正文，然后删除 `draft: true` 以发布。Paste the article text here, then remove `draft: true` to publish.\n';

export type ScaffoldResult = { ok: true; path: string; file: string; text: string } | { ok: false; problems: ContentProblem[] };

/**
 * Builds a new article from the fields, validated by the build's own schema, at
 * `<outDir>/YYYY/MM/<slug>.md`. Nothing is written here.
 */
export function scaffoldArticle(fields: NewArticleFields, site: SiteData, outDir: string, root: string, now = new Date()): ScaffoldResult {
  const date = fields.date?.trim() || instantToArticleDate(now).slice(0, 10);
  const slug = fields.slug?.trim() || titleToSlug(fields.title);
  const path = join(outDir, date.slice(0, 4), date.slice(5, 7), `${slug}.md`);
  const file = relative(root, path).split('\\').join('/');
  const data: Record<string, unknown> = {
    title: fields.title,
    date,
    source: fields.source,
    originalUrl: fields.originalUrl,
    category: fields.category,
    draft: true,
    ...(fields.author ? { author: fields.author } : {}),
  };
  const result = createArticleSchema(site).safeParse(data);
  if (!result.success) return { ok: false, problems: issuesToProblems(file, result.error.issues) };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) {
    return {
      ok: false,
      problems: [
        {
          file,
          field: 'slug',
          severity: 'error',
          message: `文件名 "${slug}" 只能使用小写字母、数字和连字符。Use lower-case ASCII letters, digits and hyphens, e.g. --slug anshan-wenming.`,
        },
      ],
    };
  }
  const text = `${toFrontmatter({
    title: result.data.title,
    date,
    source: result.data.source,
    author: fields.author,
    originalUrl: result.data.originalUrl,
    category: result.data.category,
    draft: true,
  })}\n${PLACEHOLDER_BODY}`;
  return { ok: true, path, file, text };
}
