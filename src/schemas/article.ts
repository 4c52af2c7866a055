import { z } from 'astro/zod';
import { closestValues, suggestKey } from '../lib/key-hints.ts';
import type { Column } from './columns.ts';
import { articleDate, httpUrl, labelled, sitePath, text } from './fields.ts';
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
  date: labelled(articleDate('withdrawn.date', '删除日期'), { title: '删除日期', description: '下线的日期，例如 2024-05-20。' }),
  /** Reason shown on the tombstone page, e.g. 应权利人要求删除. */
  reason: labelled(text('withdrawn.reason', '删除原因', '应权利人要求删除'), {
    title: '删除原因',
    description: '显示在说明页上，例如：应权利人要求删除。',
  }),
  /** Date the rights holder's request was received (for the 30-day log). */
  received: labelled(articleDate('withdrawn.received', '收到请求日期').optional(), {
    title: '收到请求日期',
    description: '收到删除请求的日期，用于核对“30日内处理”的承诺。',
  }),
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
      title: labelled(text('title', '标题', '播下“文明种” 盛开“幸福花”'), {
        title: '标题',
        description: '本站显示的标题。与原文标题不同时，把原标题填在“原标题”。',
      }),
      /** Original publish date, Asia/Shanghai: `2024-04-18` or `2024-04-18 09:30`. */
      date: labelled(articleDate('date', '发布时间'), {
        title: '发布时间',
        description: '原文的发布时间（北京时间），写作 2024-04-18 或 2024-04-18 09:30。',
      }),
      /** 来源: a name or alias from `content/sources.yaml`; pages show the canonical name. */
      source: labelled(
        text('source', '来源', '新华社').transform((value, ctx) => {
          const found = sourcesByLabel.get(value);
          if (found) return found.name;
          ctx.addIssue({
            code: 'custom',
            input: value,
            message: `未知来源 "${value}"。Unknown source "${value}": add it to content/sources.yaml (name, slug, aliases), or use a known one such as ${closestValues(value, sourceLabels).join('、')}.`,
          });
          return z.NEVER;
        }),
        {
          title: '来源',
          description: '原文的发布单位。列表来自 content/sources.yaml；没有的来源请先加到那里。',
          options: sources.map((s) => s.name),
        },
      ),
      /** 原文链接: the original article's address (http/https). */
      originalUrl: labelled(httpUrl('originalUrl', '原文链接'), {
        title: '原文链接',
        description: '原文网页的完整网址，以 https:// 或 http:// 开头。',
      }),
      /** 栏目: the Chinese name of a column in `content/columns.yaml`. */
      category: labelled(
        text('category', '栏目', columnNames[0] ?? '廉政舆情').refine((value) => columnNames.includes(value), {
          error: (issue) =>
            `未知栏目 "${String(issue.input)}"。Unknown column "${String(issue.input)}": use one of ${columnNames.join('、')}, or add it to content/columns.yaml.`,
        }),
        { title: '栏目', description: '文章所在的栏目（content/columns.yaml）。', options: columnNames },
      ),
      /** 作者: the original author; 佚名 when unknown. */
      author: labelled(text('author', '作者', '佚名').default('佚名'), {
        title: '作者',
        description: '原文作者；不详时写“佚名”。',
      }),
      /** 原标题: the original headline, shown when it differs from `title`. */
      originalTitle: labelled(text('originalTitle', '原标题', '……').optional(), {
        title: '原标题',
        description: '原文标题与本站标题不同时填写（转载规定要求注明）。',
      }),
      /** 责任编辑: the editor responsible for this reprint. */
      editor: labelled(text('editor', '责任编辑', '张三').optional(), {
        title: '责任编辑',
        description: '本站负责这篇转载的编辑姓名。',
      }),
      /** Date this site published it (defaults to `date`); a future value schedules it. */
      published: labelled(articleDate('published', '本站发布时间').optional(), {
        title: '本站发布时间',
        description: '不填则等于发布时间；填写将来的时间即定时发布，到时由下一次构建发布。',
      }),
      /** Free tags (标签). */
      tags: labelled(
        z
          .array(z.string().trim().min(1), {
            error: '`tags` 应为列表，例如 `tags: [反腐败, 作风建设]`。`tags` must be a list, e.g. `tags: [反腐败, 作风建设]`.',
          })
          .default([]),
        { title: '标签', description: '用逗号分隔，例如：反腐败, 作风建设。' },
      ),
      /** One-paragraph summary for lists and feeds; defaults to the first paragraph. */
      summary: labelled(text('summary', '摘要', '……').optional(), {
        title: '摘要',
        description: '列表和订阅中显示的一段话；不填则取正文第一段。',
        format: 'multiline',
      }),
      /** The reprint is cut: `true`, or a note saying what was left out (删节说明). */
      abridged: labelled(
        z
          .union([z.boolean(), z.string().trim().min(1)], {
            error: '`abridged` 应为 true 或删节说明文字。`abridged` must be true or a note on what was cut.',
          })
          .default(false),
        { title: '删节说明', description: '转载有删节时填写说明，例如“有删节”；全文转载则留空。' },
      ),
      /** A draft shows in `npm run dev` only. */
      draft: labelled(z.boolean({ error: '`draft` 应为 true 或 false。`draft` must be true or false.' }).default(false), {
        title: '草稿',
        description: '勾选后只在本地预览中显示，不会发布。',
      }),
      /** Takedown record; the page becomes a tombstone. */
      withdrawn: labelled(WithdrawnSchema.optional(), {
        title: '删除记录',
        description: '应权利人要求删除时填写；页面变为“该文已删除”的说明页。',
      }),
      /** Canonical policy for this article; defaults to `canonical` in site.yaml. */
      canonical: labelled(CanonicalPolicySchema.optional(), {
        title: '规范链接',
        description: 'self：本页；original：原文网址；noindex：不让搜索引擎收录。不填则按站点设置。',
      }),
      /** Old site paths of this article (after a rename); they redirect here. */
      redirectFrom: labelled(z.array(sitePath('redirectFrom')).default([]), {
        title: '旧网址',
        description: '文章改名后，旧网址（不含域名，例如 /articles/2023/01/old-name/）会跳转到这里。',
      }),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : undefined),
    },
  );
}

export type ArticleSchema = ReturnType<typeof createArticleSchema>;
export type ArticleData = z.output<ArticleSchema>;
