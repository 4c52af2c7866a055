import matter from 'gray-matter';
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
 * Splits a Markdown file into frontmatter and body with gray-matter. YAML errors become a
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
  try {
    // An empty options object stops gray-matter from caching by content, which would share results between files.
    const parsed = matter(text, {});
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
          ...(mark?.line === undefined ? {} : { line: mark.line + 2, column: (mark.column ?? 0) + 1 }),
        },
      ],
    };
  }
}
