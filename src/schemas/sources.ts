import { z } from 'astro/zod';
import { slugField } from './columns.ts';
import { text } from './fields.ts';

/** One source (来源) of `content/sources.yaml`. */
export const SourceSchema = z.strictObject({
  /** Canonical name, shown as 来源 on every page. */
  name: text('name', '来源名称', '新华社'),
  /** ASCII URL segment: `/sources/<slug>/`. */
  slug: slugField('slug'),
  /** Other names editors may write, e.g. 新华网 for 新华社. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The source's home page. */
  homepage: z.url({ protocol: /^https?$/ }).optional(),
  /** Kind of publisher, e.g. 中央新闻单位, 政府网站, 党委部门. */
  kind: z.string().default('其他'),
});
export type Source = z.infer<typeof SourceSchema>;

export const SourcesSchema = z.array(SourceSchema).superRefine((sources, ctx) => {
  const owner = new Map<string, number>();
  sources.forEach((s, i) => {
    for (const label of [s.name, ...s.aliases]) {
      const first = owner.get(label);
      if (first !== undefined && first !== i) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'aliases'],
          message: `"${label}" 已属于来源 ${sources[first]?.name}。A name or alias may belong to one source only: remove "${label}" from one of them.`,
        });
      } else owner.set(label, i);
    }
  });
});

/** Maps every name and alias to its canonical source. */
export function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  const index = new Map<string, Source>();
  for (const s of sources) {
    index.set(s.name, s);
    for (const alias of s.aliases) index.set(alias, s);
  }
  return index;
}
