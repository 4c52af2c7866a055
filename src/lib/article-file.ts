import { isMap, isScalar, parseDocument } from 'yaml';
import { yamlScalar } from './yaml-scalar.ts';

/**
 * An article file as the editors' desk (Decap CMS) holds it, and back: the frontmatter as
 * data, the Markdown as `body`, and the file's own text under `SOURCE_KEY`, so that saving
 * rewrites only the lines of the fields that changed and leaves every other byte as it was.
 */

/** The name this format is registered under in the CMS (src/admin/desk.ts, config.yml). */
export const CMS_FORMAT = 'zhuanzai-markdown';

/** Where the text an entry was read from travels with it through the CMS. */
export const SOURCE_KEY = '__source';

/** Keys the desk uses that are not frontmatter: the body, the source text, the file name parts. */
export const DESK_KEYS: ReadonlySet<string> = new Set([SOURCE_KEY, 'body', 'slug', 'pathyear', 'pathmonth']);

const FRONTMATTER = /^(---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$))/mu;

interface Parts {
  open: string;
  yaml: string;
  close: string;
  body: string;
}

function split(text: string): Parts | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m || m.index !== 0) return undefined;
  const [whole, open = '', yaml = '', close = ''] = m;
  return { open, yaml, close, body: text.slice(whole.length) };
}

/** YAML 1.2 core schema: `2024-04-18` stays the string it is, never a timestamp. */
function parseYaml(yaml: string) {
  return parseDocument(yaml, { schema: 'core', uniqueKeys: false });
}

/** The data of an article file, for the CMS: frontmatter keys, `body`, and the source text. */
export function articleFileToData(text: string): Record<string, unknown> {
  const parts = split(text);
  if (!parts) return { body: text, [SOURCE_KEY]: text };
  const value: unknown = parseYaml(parts.yaml).toJS();
  const data = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { ...data, body: parts.body, [SOURCE_KEY]: text };
}

/** A value the file leaves out: nothing, empty text, `false`, an empty list or record. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => !isEmptyValue((a as Record<string, unknown>)[k]));
    const kb = Object.keys(b).filter((k) => !isEmptyValue((b as Record<string, unknown>)[k]));
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

function scalar(value: unknown, inFlow = false): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = yamlScalar(String(value));
  return inFlow && !text.startsWith('"') && /[,[\]{}]/u.test(text) ? JSON.stringify(String(value)) : text;
}

/** `key: value` lines for one field: scalars plain where safe, lists in flow style, records as a block. */
export function fieldLines(key: string, value: unknown, indent = ''): string[] {
  if (Array.isArray(value)) return [`${indent}${key}: [${value.map((v) => scalar(v, true)).join(', ')}]`];
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value).filter(([, v]) => !isEmptyValue(v));
    return [`${indent}${key}:`, ...inner.flatMap(([k, v]) => fieldLines(k, v, `${indent}  `))];
  }
  return [`${indent}${key}: ${scalar(value)}`];
}

/** Start offsets of the top-level keys, and the frontmatter values they hold. */
function topLevel(yaml: string): { starts: Map<string, number>; values: Record<string, unknown> } {
  const doc = parseYaml(yaml);
  const starts = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) starts.set(String(pair.key.value), pair.key.range[0]);
    }
  }
  const value: unknown = doc.toJS();
  return { starts, values: value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {} };
}

/** Splits a key's text into its own lines and the comment or blank lines that trail it. */
function withTrailingComments(segment: string): { own: string; trailing: string } {
  const lines = segment.split(/(?<=\n)/u);
  let cut = lines.length;
  while (cut > 1 && /^\s*(?:#.*)?\r?\n?$/u.test(lines[cut - 1] ?? '')) cut--;
  return { own: lines.slice(0, cut).join(''), trailing: lines.slice(cut).join('') };
}

function frontmatterKeys(data: Record<string, unknown>, order: readonly string[]): string[] {
  const keys = Object.keys(data).filter((k) => !DESK_KEYS.has(k));
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return keys.sort((a, b) => rank(a) - rank(b));
}

/** Rewrites the frontmatter of `source` so that only the fields whose value changed change. */
function editFrontmatter(parts: Parts, data: Record<string, unknown>, order: readonly string[]): string {
  const { yaml } = parts;
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const { starts, values } = topLevel(yaml);
  const sorted = [...starts.entries()].sort((a, b) => a[1] - b[1]);
  let out = '';
  let cursor = sorted[0]?.[1] ?? yaml.length;
  out += yaml.slice(0, cursor);
  sorted.forEach(([key, start], i) => {
    const end = sorted[i + 1]?.[1] ?? yaml.length;
    const segment = yaml.slice(start, end);
    const next = data[key];
    if (sameValue(next, values[key])) out += segment;
    else {
      const { own, trailing } = withTrailingComments(segment);
      const newline = own.endsWith('\n') ? eol : '';
      if (!isEmptyValue(next)) out += fieldLines(key, next).join(eol) + newline;
      out += trailing;
    }
    cursor = end;
  });
  const added = frontmatterKeys(data, order).filter((k) => !starts.has(k) && !isEmptyValue(data[k]));
  if (added.length > 0) {
    if (out !== '' && !out.endsWith('\n')) out += eol;
    out += added.flatMap((k) => fieldLines(k, data[k])).join(eol) + eol;
  }
  return out;
}

/**
 * The file text for the CMS's data. An entry read from a file is that file with only the
 * changed fields' lines rewritten (an unchanged entry is the file, byte for byte); a new
 * entry is written in `order`, leaving out empty values and `false`.
 */
export function dataToArticleFile(data: Record<string, unknown>, order: readonly string[] = []): string {
  const source = data[SOURCE_KEY];
  const parts = typeof source === 'string' ? split(source) : undefined;
  const body = typeof data['body'] === 'string' ? data['body'] : '';
  if (parts) {
    // The CMS's editor drops the blank lines that open the body: the file keeps its own.
    const lead = /^(?:\r?\n)*/u.exec(parts.body)?.[0] ?? '';
    const kept = body === parts.body ? body : `${lead}${body.replace(/^(?:\r?\n)+/u, '')}`;
    return `${parts.open}${editFrontmatter(parts, data, order)}${parts.close}${kept}`;
  }
  const lines = frontmatterKeys(data, order)
    .filter((k) => !isEmptyValue(data[k]))
    .flatMap((k) => fieldLines(k, data[k]));
  const text = body.replace(/^\n+/u, '');
  return `---\n${lines.join('\n')}\n---\n\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}`;
}
