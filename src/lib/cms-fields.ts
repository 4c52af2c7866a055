import { z } from 'astro/zod';

/** One field of a Decap CMS collection, as its `config.yml` spells it. */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'markdown';
  required: boolean;
  default?: string;
  options?: string[];
  pattern?: [string, string];
  fields?: CmsField[];
  collapsed?: boolean;
  modes?: string[];
}

/** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`: what the schema's article dates accept, typed as text. */
export const ARTICLE_DATE_PATTERN: [string, string] = [
  '^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$',
  '请写作 2024-04-18 或 2024-04-18 09:30（北京时间）',
];

interface Unwrapped {
  core: z.ZodType;
  required: boolean;
  defaultValue: unknown;
  meta: Record<string, unknown>;
}

/** Peels optional/default/pipe wrappers off a field, collecting its metadata (outer wins). */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let meta: Record<string, unknown> = {};
  for (;;) {
    meta = { ...(z.globalRegistry.get(current) ?? {}), ...meta };
    const def = current._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; defaultValue?: unknown };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      required = false;
      if (def.type === 'default') defaultValue = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) current = def.in;
    else return { core: current, required, defaultValue, meta };
  }
}

function widgetFor(
  core: z.ZodType,
  meta: Record<string, unknown>,
  required: boolean,
): Pick<CmsField, 'widget' | 'options' | 'pattern' | 'fields'> {
  if (meta['format'] === 'article-date') return { widget: 'string', pattern: ARTICLE_DATE_PATTERN };
  if (Array.isArray(meta['options'])) return { widget: 'select', options: meta['options'].map(String) };
  if (meta['format'] === 'multiline') return { widget: 'text' };
  const def = core._zod.def as { type: string; entries?: Record<string, string> };
  switch (def.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return { widget: 'number' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'array':
      return { widget: 'list' };
    case 'object':
      // Decap checks an object's required fields even when the object is left empty, so the
      // fields of an optional record are optional in the form; the checker still asks for them.
      return { widget: 'object', fields: schemaToCmsFields(core as z.ZodObject, required) };
    default:
      // Text, and unions such as `abridged` (true or a note), are typed as text.
      return { widget: 'string' };
  }
}

/**
 * The CMS fields of an object schema, one per key in the schema's order: label and hint from
 * the field's metadata (`labelled`), required unless optional or defaulted, the input chosen
 * by its type. A key without metadata still appears, under its own name.
 */
export function schemaToCmsFields(schema: z.ZodObject, parentRequired = true): CmsField[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const unwrapped = unwrap(field as z.ZodType);
    const { core, defaultValue, meta } = unwrapped;
    const required = parentRequired && unwrapped.required;
    const widget = widgetFor(core, meta, required);
    const hint = typeof meta['description'] === 'string' ? meta['description'] : undefined;
    return {
      name,
      label: typeof meta['title'] === 'string' ? meta['title'] : name,
      ...(hint ? { hint } : {}),
      ...widget,
      required,
      ...(typeof defaultValue === 'string' && defaultValue !== '' ? { default: defaultValue } : {}),
      ...(widget.widget === 'object' ? { collapsed: true } : {}),
    };
  });
}
