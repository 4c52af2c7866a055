import { findDate } from './dates.ts';
import { findAuthorInText, readByline } from './bylines.ts';
import { readLabelledLine, type LabelledFields } from './labels.ts';

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

/** Where the article sits among the page's text lines. */
export interface PageRegions {
  /** Lines between the headline and the first paragraph: dates, 来源, bylines. */
  header: string[];
  /** Lines after the last paragraph: 来源/编辑 footers, 责任编辑. */
  footer: string[];
}

/**
 * Splits the page's lines around the body: the header runs from the last line naming the
 * title before the body to the body's first line, the footer from its last line on.
 * A date inside the first sentence is therefore never read as the publish date.
 */
export function findRegions(lines: readonly string[], title: string | undefined, firstText: string, lastText: string): PageRegions {
  const firstKey = squash(firstText).slice(0, 16);
  const lastKey = squash(lastText).slice(-16);
  let start = firstKey ? lines.findIndex((l) => squash(l).includes(firstKey)) : -1;
  if (start < 0) start = lines.length;
  let end = -1;
  if (lastKey) {
    for (let i = lines.length - 1; i >= start; i--) {
      if (squash(lines[i] ?? '').includes(lastKey)) {
        end = i;
        break;
      }
    }
  }
  if (end < 0) end = start;
  const titleKey = title ? squash(title) : '';
  let top = Math.max(0, start - 12);
  if (titleKey) {
    // the earliest mention in the 40 lines above the body: pages repeat the headline in a deck
    for (let i = Math.max(0, start - 40); i < start; i++) {
      const line = squash(lines[i] ?? '');
      if (line.length >= 4 && titleKey.startsWith(line)) {
        top = i;
        break;
      }
    }
  }
  return { header: lines.slice(top, start), footer: lines.slice(end + 1, end + 16) };
}

/** Fields read from labelled lines, the first value of each field winning. */
export function readLabels(lines: readonly string[]): LabelledFields {
  const out: LabelledFields = {};
  for (const line of lines) {
    const found = readLabelledLine(line);
    for (const key of ['date', 'source', 'author', 'editor', 'originalUrl', 'originalTitle'] as const) {
      if (out[key] === undefined && found[key] !== undefined) out[key] = found[key];
    }
  }
  return out;
}

/** The first date on an unlabelled header line, e.g. `2022-02-11 09:52` under the headline. */
export function firstHeaderDate(header: readonly string[]): string | undefined {
  for (const line of header) {
    const found = findDate(line);
    if (found) return found.date;
  }
  return undefined;
}

/** The author from a header byline, a dateline in the first paragraph or `（记者 X）` closing the last. */
export function findAuthor(header: readonly string[], footer: readonly string[], firstText: string, lastText: string): string | undefined {
  for (const line of header) {
    const byline = readByline(line);
    if (byline) return byline;
  }
  const inText = findAuthorInText(firstText, lastText);
  if (inText) return inText;
  for (const line of footer.slice(0, 4)) {
    const byline = readByline(line);
    if (byline) return byline;
  }
  return undefined;
}
