import { cleanPersonNames } from './bylines.ts';
import { findDate } from './dates.ts';
import { acceptFieldValue } from './interface-words.ts';

/** What one labelled line of a page says about the article. */
export interface LabelledFields {
  date?: string;
  originalTitle?: string;
  source?: string;
  author?: string;
  editor?: string;
  originalUrl?: string;
}

const SOURCE = '(?:本文来源于|文章来源|信息来源|稿件来源|新闻来源|来源单位|来源于|来源|來源|稿源|出处|发布机构|发布单位)';
const AUTHOR = '(?:作者|撰稿|撰文|记者)';
const EDITOR = '(?:责任编辑|責任編輯|责编|编辑|編輯|值班编辑)';
const DATE = '(?:发布时间|發布時間|發佈時間|发布日期|发稿时间|发表时间|更新时间|时间|時間|日期)';
const URL = '(?:原文链接|原文地址|原文网址)';
const ORIGINAL_TITLE = '(?:原标题|原题)';
const OTHER = '(?:字体|字号|点击数|浏览次数|阅读量|字号|打印|分享到|审核|校对|供稿)';
const ANY_LABEL = new RegExp(`(?:${SOURCE}|${AUTHOR}|${EDITOR}|${DATE}|${URL}|${ORIGINAL_TITLE}|${OTHER})\\s*[:：]`, 'u');

/** Splits a value off at the next label or a visual separator (`|`, a tab, two spaces, brackets). */
function cutValue(raw: string): string {
  let value = raw;
  const next = ANY_LABEL.exec(value);
  if (next) value = value.slice(0, next.index);
  value = value.split(/\s*[|｜\t]\s*|\s{2,}|\u3000|[\]】）)]|\s*[【[]/u)[0] ?? '';
  return value.replace(/^[\s:：[【(（]+|[\s,，;；。.]+$/gu, '').trim();
}

function labelled(line: string, label: string, requireColon = true): string | undefined {
  const re = new RegExp(`${label}\\s*${requireColon ? '[:：]' : '[:：]?'}\\s*(.*)$`, 'u');
  const m = re.exec(line);
  return m?.[1] === undefined ? undefined : m[1];
}

/** `2024-05-10 10:00 来源 新华社`: a 来源 without its colon, only on a short date line that is no sentence. */
function spacedSource(line: string): string | undefined {
  if (line.length > 60 || /[。，！？]/u.test(line) || !findDate(line)) return undefined;
  return /(?:^|\s)(?:来源|稿源)\s*[|｜丨]?\s+(\S.*)$/u.exec(line)?.[1];
}

/** Reads the labelled fields of one line: `发布时间：… 来源：… 作者：…`, `【责任编辑:王頔】`, `本文来源于国家统计局 2024-…`. */
export function readLabelledLine(line: string): LabelledFields {
  const found: LabelledFields = {};
  const text = line.replace(/\u00a0/gu, ' ');
  const source = labelled(text, SOURCE, !/本文来源于|来源于/u.test(text)) ?? spacedSource(text);
  if (source !== undefined) {
    const dateInSource = findDate(source);
    const value = acceptFieldValue(cutValue(dateInSource ? source.slice(0, dateInSource.index) : source));
    if (value && value.length <= 40) found.source = value;
  }
  const author = labelled(text, AUTHOR);
  if (author !== undefined) {
    const value = acceptFieldValue(cleanPersonNames(cutValue(author)));
    if (value) found.author = value;
  }
  const editor = labelled(text, EDITOR);
  if (editor !== undefined) {
    const value = acceptFieldValue(cutValue(editor));
    if (value && value.length <= 30) found.editor = value;
  }
  const date = labelled(text, DATE);
  if (date !== undefined) {
    const value = findDate(date);
    if (value && value.index < 4) found.date = value.date;
  }
  const originalTitle = new RegExp(`^\\s*[【\\[(（]?${ORIGINAL_TITLE}\\s*[:：]\\s*(.+?)[】\\])）]?\\s*$`, 'u').exec(text)?.[1];
  if (originalTitle) found.originalTitle = originalTitle.trim();
  const url = labelled(text, URL);
  const href = url === undefined ? undefined : /https?:\/\/[^\s"'<>）)]+/u.exec(url)?.[0];
  if (href) found.originalUrl = href;
  return found;
}

/** True when the line is page furniture made of labels (来源, 作者, 发布时间, 责任编辑 …), not article text. */
export function isLabelLine(line: string): boolean {
  // a sentence with a credit run on after it (`……投入使用。（来源：示例日报）`) is article text
  const before = line.slice(0, ANY_LABEL.exec(line)?.index ?? 0);
  if (before.length >= 6 && /[。！？]\s*[（(【[]?\s*$/u.test(before)) return false;
  const fields = readLabelledLine(line);
  if (Object.keys(fields).length === 0) return /^[\s[【(（]*(?:责任编辑|责编|编辑|作者|来源)[:：]\s*[\]】)）]?\s*$/u.test(line);
  return line.replace(/\s/gu, '').length < 80;
}
