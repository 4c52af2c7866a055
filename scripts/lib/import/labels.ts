import { findDate } from './dates.ts';

/** What one labelled line of a page says about the article. */
export interface LabelledFields {
  date?: string;
  originalTitle?: string;
  source?: string;
  author?: string;
  editor?: string;
  originalUrl?: string;
}

const SOURCE = '(?:本文来源于|文章来源|信息来源|稿件来源|新闻来源|来源于|来源|來源|稿源|出处)';
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

/** `本报记者 王乐文 方 敏` → `王乐文 方敏`: removes reporter titles and joins single characters split by layout spaces. */
export function cleanPersonNames(raw: string): string | undefined {
  const stripped = raw
    .replace(/^(?:.{0,12}?记者|通讯员|文\s*\/|文\/图|图\/文)\s*/u, '')
    // 张三 通讯员 李四: the correspondent is a co-author; the role word is not a name
    .replace(/\s*(?:通讯员|实习生|见习记者|特约记者)\s*/gu, ' ')
    .replace(/\s*(?:报道|摄影?|供图)$/u, '')
    .replace(/[（(].*?[）)]/gu, '')
    .trim();
  if (!stripped) return undefined;
  // 方 敏: pages spread two-character names to the width of three-character ones
  const words = stripped.split(/\s+/u);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    if (/^\p{Script=Han}$/u.test(word) && next !== undefined && /^\p{Script=Han}{1,2}$/u.test(next)) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  const joined = out.join(' ').trim();
  return /\p{Script=Han}|[A-Za-z]/u.test(joined) ? joined : undefined;
}

/** Reads the labelled fields of one line: `发布时间：… 来源：… 作者：…`, `【责任编辑:王頔】`, `本文来源于国家统计局 2024-…`. */
export function readLabelledLine(line: string): LabelledFields {
  const found: LabelledFields = {};
  const text = line.replace(/\u00a0/gu, ' ');
  const source = labelled(text, SOURCE, !/本文来源于|来源于/u.test(text));
  if (source !== undefined) {
    const dateInSource = findDate(source);
    const value = cutValue(dateInSource ? source.slice(0, dateInSource.index) : source);
    if (value && value.length <= 40) found.source = value;
  }
  const author = labelled(text, AUTHOR);
  if (author !== undefined) {
    const value = cleanPersonNames(cutValue(author));
    if (value) found.author = value;
  }
  const editor = labelled(text, EDITOR);
  if (editor !== undefined) {
    const value = cutValue(editor);
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
  const fields = readLabelledLine(line);
  if (Object.keys(fields).length === 0) return /^[\s[【(（]*(?:责任编辑|责编|编辑|作者|来源)[:：]\s*[\]】)）]?\s*$/u.test(line);
  return line.replace(/\s/gu, '').length < 80;
}

/** `（记者 胡晓蓉）` at the end of the text, or `新华社北京5月19日电（刘艺、杨吉）` / `（记者邹伟）` in a dateline. */
/** Names, not a phrase: each part two to four Han characters (or a Latin name), nothing like 据…报道. */
function looksLikeNames(value: string | undefined): value is string {
  if (!value || /据|报道|消息|综合|电讯|供稿|\d/u.test(value)) return false;
  return value.split(/[\s、，,]+/u).every((part) => /^[\p{Script=Han}·]{2,5}$/u.test(part) || /^[A-Za-z][A-Za-z .-]{1,30}$/u.test(part));
}

export function findAuthorInText(first: string, last: string): string | undefined {
  const unbracketed = /^.{0,30}?电\s*(?:新华社|本报)?记者\s*([\p{Script=Han}、\s]{2,20}?)\s*(?:报道|：|:)/u.exec(first.trim());
  if (unbracketed?.[1]) {
    const clean = cleanPersonNames(unbracketed[1]);
    if (looksLikeNames(clean)) return clean;
  }
  const dateline = /^.{0,30}?(?:电|讯)\s*[（(]\s*((?:[^）)]*?记者)?[^）)]{2,30}?)\s*[）)]/u.exec(first.trim());
  if (dateline?.[1]) {
    const names = dateline[1].replace(/^.*?记者\s*/u, '');
    const clean = cleanPersonNames(names);
    if (looksLikeNames(clean)) return clean;
  }
  const closing = /[（(]\s*(?:本报)?记者\s*([^）)]{2,30}?)\s*[）)]\s*$/u.exec(last.trim());
  const closingNames = closing?.[1] ? cleanPersonNames(closing[1]) : undefined;
  return looksLikeNames(closingNames) ? closingNames : undefined;
}

/** A byline on its own line: `本报记者 王乐文 方 敏`, `半月谈记者 史卫燕`, `中青报·中青网记者 魏其濛 来源：中国青年报`. */
export function readByline(line: string): string | undefined {
  const m = /^\s*(?:[^\s，。：:]{0,12}?记者|通讯员|文\s*[/／]|撰文)\s*([\p{Script=Han}·\s、，,]{2,30}?)\s*(?:$|来源|[|｜])/u.exec(line);
  if (!m?.[1]) return undefined;
  return cleanPersonNames(m[1]);
}
