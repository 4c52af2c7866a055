import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CHROME_MARKERS } from '../../../scripts/lib/import/chrome.ts';
import { findDate } from '../../../scripts/lib/import/dates.ts';
import type { ImportedFields } from '../../../scripts/lib/import/import-one.ts';

/** One row of an evaluation set's INDEX.tsv, reduced to what is compared. */
export interface ExpectedPage {
  file: string;
  title: string;
  date: string;
  source: string;
  author: string;
  editor: string;
  firstSentence: string;
  /** The page's address (`original_url`), empty when the set does not give it. */
  originalUrl: string;
}

export const EVAL_FIELDS = ['title', 'date', 'source', 'author', 'editor', 'firstSentence', 'noChrome'] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/** `邹伟 (dateline: 记者邹伟)` → `邹伟`: INDEX.tsv notes how a value appears after the value. */
const valueOnly = (cell: string) => cell.replace(/\s+\(.*\)\s*$/u, '').trim();

/** Parses INDEX.tsv (columns: file, …, title, publish_date, source_laiyuan, author_zuozhe, editor_zerenbianji, first_sentence, …). */
export function parseIndexTsv(text: string): ExpectedPage[] {
  const [head, ...rows] = text.split('\n').filter((l) => l.trim());
  const columns = (head ?? '').split('\t');
  const col = (row: string[], name: string) => row[columns.indexOf(name)] ?? '';
  return rows.map((line) => {
    const row = line.split('\t');
    return {
      file: col(row, 'file'),
      title: col(row, 'title').trim(),
      date: col(row, 'publish_date').trim(),
      source: valueOnly(col(row, 'source_laiyuan')),
      author: valueOnly(col(row, 'author_zuozhe')),
      editor: valueOnly(col(row, 'editor_zerenbianji')),
      firstSentence: col(row, 'first_sentence').trim(),
      originalUrl: col(row, 'original_url').trim(),
    };
  });
}

/** The first sentence of a Markdown body: the first paragraph's text up to 。！？ (headings and images skipped). */
export function firstSentence(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown);
  const first = tree.children.find((n): n is Paragraph => n.type === 'paragraph' && toString(n, { includeImageAlt: false }).trim() !== '');
  const text = first ? toString(first, { includeImageAlt: false }).trim() : '';
  const end = /[。！？!?]/u.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

const squash = (s: string | null) => (s ?? '').replace(/[\s\u3000]+/gu, '');
const normDate = (s: string | null) => (s ? (findDate(s)?.date ?? s) : '');

/** Which fields of one import match the expected values. Empty expected values must come back `null`. */
export function scorePage(expected: ExpectedPage, got: ImportedFields): Record<EvalField, boolean> {
  const same = (want: string, have: string | null) => (want === '' ? have === null : squash(want) === squash(have));
  return {
    title: same(expected.title, got.title),
    date: normDate(expected.date) === normDate(got.date),
    source: same(expected.source, got.source),
    author: same(expected.author, got.author),
    editor: same(expected.editor, got.editor),
    firstSentence: squash(firstSentence(got.body)) === squash(expected.firstSentence),
    noChrome: !CHROME_MARKERS.some((m) => got.body.includes(m)),
  };
}
