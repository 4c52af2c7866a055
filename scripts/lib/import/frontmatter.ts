/** Frontmatter keys in the order editors read them (the seed article's order). */
const ORDER = ['title', 'date', 'source', 'author', 'originalUrl', 'category', 'editor', 'originalTitle', 'published', 'draft'] as const;

/** A YAML scalar: plain when YAML reads it back as the same string, else double-quoted. */
export function yamlScalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  const dateLike = /^\d{4}-\d{2}-\d{2}$/u.test(value);
  const plainSafe =
    value !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`~]/u.test(value) &&
    !/[:#]\s|\s#|:$|\s$|[\n\t]/u.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?\d[\d_.:e+-]*)$/iu.test(value);
  return dateLike || plainSafe ? value : JSON.stringify(value);
}

/** The `---` block for an article; `date: 2024-04-18` stays unquoted, as the schema reads YAML dates. */
export function toFrontmatter(data: Partial<Record<(typeof ORDER)[number], string | boolean | undefined>>): string {
  const lines = ORDER.flatMap((key) => {
    const value = data[key];
    return value === undefined || value === '' ? [] : [`${key}: ${yamlScalar(value)}`];
  });
  return `---\n${lines.join('\n')}\n---\n`;
}
