/**
 * Bylines of Chinese news: `本报记者 张三`, `（记者 张三 李四）`, `（文/图 张三 李四）`, `文丨张三`,
 * a dateline's `新华社北京5月19日电（刘艺、杨吉）`, and a closing `（记者 胡晓蓉）`.
 * Several names are kept as the page separates them (`张三 李四`, `刘艺、杨吉`).
 */

/** A role before the names: 记者 (with its outlet, 本报记者, 新华社记者), 通讯员, 文/图, 文丨, 撰文, 作者. */
const ROLE =
  '(?:[^\\s，。：:（()）]{0,12}?记者|通讯员|(?:文|图|摄影?)\\s*[/／]\\s*(?:文|图|摄影?)|(?:文图|图文)\\s*[丨|｜/／:：]?|文\\s*[丨|｜/／:：]|撰文\\s*[丨|｜/／:：]?|撰稿\\s*[丨|｜/／:：]?|作者\\s*[丨|｜/／:：\\s])';
/** What may follow the names on a byline line: the end, another credit or a separator. */
const AFTER =
  '(?:$|\\s*(?:图|摄影?|视频)\\s*[丨|｜/／:：]|\\s*(?:来源|编辑|责编|责任编辑|校对|审核|摄影|图片|视频|设计|制图|监制|统筹|发布时间|时间)|\\s*[|｜丨])';
/** Bullets some papers print before a byline: `■本报记者 张三`, `◎文丨张三`. */
const BULLET = '[■□◎●○★☆▲△◆◇▌|｜]?';
const BYLINE = new RegExp(
  `^\\s*${BULLET}\\s*[（(【[]?\\s*${ROLE}\\s*([\\p{Script=Han}·\\s、，,]{2,30}?)\\s*(?:报道)?\\s*[）)】\\]]?${AFTER}`,
  'u',
);

/** `本报记者 王乐文 方 敏` → `王乐文 方敏`: removes reporter titles and joins single characters split by layout spaces. */
export function cleanPersonNames(raw: string): string | undefined {
  const stripped = raw
    .replace(/^[\s（(【[]+|[\s）)】\]]+$/gu, '')
    .replace(new RegExp(`^\\s*(?:.{0,12}?记者|${ROLE})\\s*`, 'u'), '')
    // 张三 通讯员 李四: the correspondent is a co-author; the role word is not a name
    .replace(/\s*(?:通讯员|实习生|见习记者|特约记者|实习记者|记者)\s*[:：]?\s*/gu, ' ')
    .replace(/\s*(?:摄影?报道|报道|摄影?|供图|整理|文\/图|图\/文)$/u, '')
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

/** Names, not a phrase: each part two to five Han characters (or a Latin name), nothing like 据…报道. */
export function looksLikeNames(value: string | undefined): value is string {
  if (!value || /据|报道|消息|综合|电讯|供稿|\d/u.test(value)) return false;
  return value.split(/[\s、，,]+/u).every((part) => /^[\p{Script=Han}·]{2,5}$/u.test(part) || /^[A-Za-z][A-Za-z .-]{1,30}$/u.test(part));
}

const names = (raw: string | undefined) => {
  const clean = raw === undefined ? undefined : cleanPersonNames(raw);
  return looksLikeNames(clean) ? clean : undefined;
};

/**
 * The author named in the text: a dateline opening the first paragraph (`新华社北京5月19日电（刘艺、杨吉）`,
 * `本报讯（记者 张三 李四）`, `本报讯 记者张三 报道`, `（记者 张三）近日…`) or a credit closing the last
 * (`（记者 胡晓蓉）`, `（文/图 张三 李四）`).
 */
export function findAuthorInText(first: string, last: string): string | undefined {
  const lead = first.trim();
  const unbracketed =
    /^.{0,30}?(?:电|讯)\s*(?:新华社|本报)?记者\s*([\p{Script=Han}、\s]{2,20}?)\s*(?:报道|：|:)/u.exec(lead) ??
    // 本报记者张三报道：… opens without a dateline; 报道 is required, or 记者了解到： would name 了解到
    /^\s*(?:本报|新华社)?记者\s*([\p{Script=Han}、\s]{2,20}?)\s*报道\s*[：:]?/u.exec(lead);
  const dateline = /^.{0,30}?(?:电|讯)\s*[（(]\s*((?:[^）)]*?记者)?[^）)]{2,30}?)\s*[）)]/u.exec(lead);
  const opening = new RegExp(`^[（(]\\s*${ROLE}\\s*([^）)]{2,30}?)\\s*[）)]`, 'u').exec(lead);
  const closing = new RegExp(`[（(]\\s*(?:本报)?${ROLE}\\s*([^）)]{2,30}?)\\s*[）)]\\s*(?:[（(]完[）)])?\\s*$`, 'u').exec(last.trim());
  return names(unbracketed?.[1]) ?? names(dateline?.[1]?.replace(/^.*?记者\s*/u, '')) ?? names(opening?.[1]) ?? names(closing?.[1]);
}

/** A byline on its own line: `本报记者 王乐文 方 敏`, `（记者 张三 李四）`, `文丨张三 编辑丨李四`, `中青报·中青网记者 魏其濛 来源：中国青年报`. */
export function readByline(line: string): string | undefined {
  return names(BYLINE.exec(line)?.[1]);
}
