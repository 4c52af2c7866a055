import { z } from 'astro/zod';
import { closestValues, suggestKey } from '../lib/key-hints.ts';
import type { Column } from './columns.ts';
import { articleDate, httpUrl, sitePath, text } from './fields.ts';
import { CanonicalPolicySchema } from './site.ts';
import { sourceIndex, type Source } from './sources.ts';

/** Every frontmatter key an article may carry, for "did you mean" hints. */
export const ARTICLE_KEYS = [
  'title',
  'date',
  'source',
  'originalUrl',
  'category',
  'author',
  'originalTitle',
  'editor',
  'published',
  'tags',
  'summary',
  'abridged',
  'draft',
  'withdrawn',
  'canonical',
  'redirectFrom',
] as const;

/** The takedown record: when the request came, when it was done, and why. */
export const WithdrawnSchema = z.strictObject({
  /** Date the article was taken down. */
  date: articleDate('withdrawn.date', '删除日期'),
  /** Reason shown on the tombstone page, e.g. 应权利人要求删除. */
  reason: text('withdrawn.reason', '删除原因', '应权利人要求删除'),
  /** Date the rights holder's request was received (for the 30-day log). */
  received: articleDate('withdrawn.received', '收到请求日期').optional(),
});

export interface ArticleSchemaContext {
  columns: readonly Column[];
  sources: readonly Source[];
}

function unknownKeysMessage(keys: readonly string[]): string {
  return keys
    .map((key) => {
      const hint = suggestKey(key, ARTICLE_KEYS);
      return hint
        ? `未知字段 \`${key}\`，是否应为 \`${hint}\`？Unknown key \`${key}\`: did you mean \`${hint}\`? Rename it.`
        : `未知字段 \`${key}\`。Unknown key \`${key}\`: remove it, or use one of ${ARTICLE_KEYS.map((k) => `\`${k}\``).join(', ')}.`;
    })
    .join('\n');
}

/**
 * The article frontmatter schema, bound to the site's columns and sources so that
 * `category` and `source` are checked against them. One copy of the rules: the content
 * layer, `npm run check` and the importer all call this.
 */
export function createArticleSchema({ columns, sources }: ArticleSchemaContext) {
  const columnNames = columns.map((c) => c.name);
  const sourcesByLabel = sourceIndex(sources);
  const sourceLabels = [...sourcesByLabel.keys()];

  return z.strictObject(
    {
      /** Headline on this site (原标题 goes in `originalTitle` when it differs). */
      title: text('title', '标题', '播下“文明种” 盛开“幸福花”'),
      /** Original publish date, Asia/Shanghai: `2024-04-18` or `2024-04-18 09:30`. */
      date: articleDate('date', '发布时间'),
      /** 来源: a name or alias from `content/sources.yaml`; pages show the canonical name. */
      source: text('source', '来源', '新华社').transform((value, ctx) => {
        const found = sourcesByLabel.get(value);
        if (found) return found.name;
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `未知来源 "${value}"。Unknown source "${value}": add it to content/sources.yaml (name, slug, aliases), or use a known one such as ${closestValues(value, sourceLabels).join('、')}.`,
        });
        return z.NEVER;
      }),
      /** 原文链接: the original article's address (http/https). */
      originalUrl: httpUrl('originalUrl', '原文链接'),
      /** 栏目: the Chinese name of a column in `content/columns.yaml`. */
      category: text('category', '栏目', columnNames[0] ?? '廉政舆情').refine((value) => columnNames.includes(value), {
        error: (issue) =>
          `未知栏目 "${String(issue.input)}"。Unknown column "${String(issue.input)}": use one of ${columnNames.join('、')}, or add it to content/columns.yaml.`,
      }),
      /** 作者: the original author; 佚名 when unknown. */
      author: text('author', '作者', '佚名').default('佚名'),
      /** 原标题: the original headline, shown when it differs from `title`. */
      originalTitle: text('originalTitle', '原标题', '……').optional(),
      /** 责任编辑: the editor responsible for this reprint. */
      editor: text('editor', '责任编辑', '张三').optional(),
      /** Date this site published it (defaults to `date`); a future value schedules it. */
      published: articleDate('published', '本站发布时间').optional(),
      /** Free tags (标签). */
      tags: z
        .array(z.string().trim().min(1), {
          error: '`tags` 应为列表，例如 `tags: [反腐败, 作风建设]`。`tags` must be a list, e.g. `tags: [反腐败, 作风建设]`.',
        })
        .default([]),
      /** One-paragraph summary for lists and feeds; defaults to the first paragraph. */
      summary: text('summary', '摘要', '……').optional(),
      /** The reprint is cut: `true`, or a note saying what was left out (删节说明). */
      abridged: z
        .union([z.boolean(), z.string().trim().min(1)], {
          error: '`abridged` 应为 true 或删节说明文字。`abridged` must be true or a note on what was cut.',
        })
        .default(false),
      /** A draft shows in `npm run dev` only. */
      draft: z.boolean({ error: '`draft` 应为 true 或 false。`draft` must be true or false.' }).default(false),
      /** Takedown record; the page becomes a tombstone. */
      withdrawn: WithdrawnSchema.optional(),
      /** Canonical policy for this article; defaults to `canonical` in site.yaml. */
      canonical: CanonicalPolicySchema.optional(),
      /** Old site paths of this article (after a rename); they redirect here. */
      redirectFrom: z.array(sitePath('redirectFrom')).default([]),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : undefined),
    },
  );
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
export type ArticleData = z.output<ArticleSchema>;
