import { z } from 'astro/zod';
import { SLUG_RE } from '../lib/slugs.ts';
import { text } from './fields.ts';

const slug = (field: string) =>
  z.string().regex(SLUG_RE, {
    error: `\`${field}\` 只能使用小写字母、数字和连字符，例如 lianzheng-yuqing。\`${field}\` must be lower-case ASCII letters, digits and hyphens (it becomes the URL).`,
  });

/** One column (栏目) of `content/columns.yaml`. */
export const ColumnSchema = z.strictObject({
  /** Chinese name; what articles write in `category`. */
  name: text('name', '栏目名称', '廉政舆情'),
  /** ASCII URL segment: `/columns/<slug>/`. */
  slug: slug('slug'),
  /** Position in menus, ascending. */
  order: z.number().int().default(100),
  /** One sentence shown on the column page. */
  description: z.string().default(''),
  /** Slug of the parent column, for a column tree. */
  parent: slug('parent').optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const ColumnsSchema = z.array(ColumnSchema).superRefine((columns, ctx) => {
  const seen = new Map<string, number>();
  columns.forEach((c, i) => {
    for (const key of [`name:${c.name}`, `slug:${c.slug}`]) {
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, key.split(':')[0] ?? 'name'],
          message: `栏目 ${key} 与第 ${first + 1} 项重复。Column ${key} repeats entry ${first + 1}: each name and slug must be unique.`,
        });
      } else seen.set(key, i);
    }
  });
  const slugs = new Set(columns.map((c) => c.slug));
  columns.forEach((c, i) => {
    if (c.parent !== undefined && !slugs.has(c.parent)) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'parent'],
        message: `上级栏目 "${c.parent}" 不存在。\`parent\` must be the slug of another column: one of ${[...slugs].join(', ')}.`,
      });
    }
  });
});
export { slug as slugField };
