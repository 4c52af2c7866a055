import { yamlScalar } from '../../../src/lib/yaml-scalar.ts';

export { yamlScalar };

/** Frontmatter keys in the order editors read them (the seed article's order). */
const ORDER = ['title', 'date', 'source', 'author', 'originalUrl', 'category', 'editor', 'originalTitle', 'published', 'draft'] as const;

/** The `---` block for an article; `date: 2024-04-18` stays unquoted, as the schema reads YAML dates. */
export function toFrontmatter(data: Partial<Record<(typeof ORDER)[number], string | boolean | undefined>>): string {
  const lines = ORDER.flatMap((key) => {
    const value = data[key];
    return value === undefined || value === '' ? [] : [`${key}: ${yamlScalar(value)}`];
  });
  return `---\n${lines.join('\n')}\n---\n`;
}
