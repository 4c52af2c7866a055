import matter from 'gray-matter';
import { suggestKey } from '../../../src/lib/key-hints.ts';
import { ARTICLE_KEYS } from '../../../src/schemas/article.ts';
import type { ContentProblem } from '../../../src/schemas/problems.ts';

export interface ParsedArticle {
  data: Record<string, unknown>;
  body: string;
  /** Line (1-based, in the file) of each top-level frontmatter key. */
  keyLines: Map<string, number>;
  /** Line where the body starts. */
  bodyLine: number;
}

/** Finds the line of each top-level key in the frontmatter block. */
function indexKeys(source: string): Map<string, number> {
  // only the frontmatter block: splitting a whole 10,000-article corpus line by line is the slow part of a check
  const end = source.search(/\n---\s*(?:\n|$)/u);
  const lines = (end < 0 ? source : source.slice(0, end + 5)).split('\n');
  const keyLines = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^---\s*$/.test(line)) break;
    const m = /^([^\s#:：][^:：]*?)\s*[:：]/.exec(line);
    if (m?.[1] && !keyLines.has(m[1])) keyLines.set(m[1].replace(/^['"]|['"]$/g, ''), i + 1);
  }
  return keyLines;
}

/**
 * Keys YAML would not read as keys: `来源：新华社` (a full-width colon) and `source:新华社`
 * (no space after the colon). Each becomes a problem naming the key to write.
 */
function findMalformedKeys(file: string, text: string): ContentProblem[] {
  const lines = text.split('\n');
  const problems: ContentProblem[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^---\s*$/.test(line)) break;
    if (/^\s|^#/.test(line) || /^[^:：]+: /.test(line) || /^[^:：]+:\s*$/.test(line)) continue;
    const fullWidth = /^([^\s:：]+)\s*：\s*(.*)$/.exec(line);
    const noSpace = /^([A-Za-z][\w-]*):(\S.*)$/.exec(line);
    const match = fullWidth ?? noSpace;
    if (!match) continue;
    const key = match[1] ?? '';
    const english = suggestKey(key, ARTICLE_KEYS) ?? key;
    problems.push({
      file,
      field: key,
      severity: 'error',
      line: i + 1,
      column: key.length + 1,
      message: fullWidth
        ? `字段 \`${key}\` 后用了全角冒号“：”。The key is followed by a full-width colon: write \`${english}: ${match[2] ?? ''}\` (ASCII colon and a space).`
        : `字段 \`${key}\` 的冒号后缺少空格。Add a space after the colon: \`${english}: ${match[2] ?? ''}\`.`,
    });
  }
  return problems;
}

/** 1-based line of the `---` that closes the frontmatter (the last line when there is none). */
function closingLine(text: string): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l, n) => n > 0 && /^---\s*$/.test(l));
  return i < 0 ? lines.length : i + 1;
}

// gray-matter's engines are not in its type declarations.
const parseYaml = (matter as unknown as { engines: { yaml: { parse: (text: string) => unknown } } }).engines.yaml.parse;

/**
 * What gray-matter (`matter(text, {})`) gives for a file that starts with `---\n`, the only form
 * `parseArticle` hands it: the frontmatter read by gray-matter's own YAML engine (js-yaml's
 * safeLoad), and the body after the first line that starts with `---`. gray-matter itself also copies
 * every file into a Buffer and looks for a language name and an excerpt: 3.0 s of a 100,000-article
 * check, against 0.7 s for the YAML. frontmatter.test.ts holds the two to the same result.
 */
export function splitFrontmatter(text: string): { data: unknown; content: string } {
  const rest = text.slice(3);
  const close = rest.indexOf('\n---');
  const block = close === -1 ? rest : rest.slice(0, close);
  const data = block.replace(/^\s*#[^\n]+/gm, '').trim() === '' ? {} : (parseYaml(block) ?? {});
  let content = close === -1 ? '' : rest.slice(close + 4);
  if (content[0] === '\r') content = content.slice(1);
  if (content[0] === '\n') content = content.slice(1);
  return { data, content };
}

/**
 * Splits a Markdown file into frontmatter and body (as gray-matter does: `splitFrontmatter`). YAML errors become a
 * problem with the line they are on; a missing frontmatter block is a problem too.
 */
export function parseArticle(file: string, source: string): { article?: ParsedArticle; problems: ContentProblem[] } {
  const text = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) {
    return {
      problems: [
        {
          file,
          field: '-',
          severity: 'error',
          line: 1,
          message:
            '文件缺少 frontmatter。The file has no frontmatter: start it with a `---` line, the fields (title, date, source, originalUrl, category), and another `---` line. `npm run new` writes one for you.',
        },
      ],
    };
  }
  const keyProblems = findMalformedKeys(file, text);
  if (keyProblems.length > 0) return { problems: keyProblems };
  try {
    const parsed = splitFrontmatter(text) as { data: Record<string, unknown>; content: string };
    const keyLines = indexKeys(text);
    const frontLines = text.slice(0, text.length - parsed.content.length).split('\n').length;
    return { article: { data: parsed.data, body: parsed.content, keyLines, bodyLine: frontLines }, problems: [] };
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    return {
      problems: [
        {
          file,
          field: '-',
          severity: 'error',
          message: `frontmatter 的 YAML 有误：${reason}。Fix the YAML at this line: each field is \`key: value\`, a key appears once, and text containing a colon is quoted.`,
          // js-yaml may place an unclosed bracket's error past the block: keep it on the closing `---`.
          ...(mark?.line === undefined ? {} : { line: Math.min(mark.line + 2, closingLine(text)), column: (mark.column ?? 0) + 1 }),
        },
      ],
    };
  }
}
