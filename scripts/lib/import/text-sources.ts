import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * 来源 given in the article text instead of a label: a dateline opening the first paragraph
 * (`新华社北京3月5日电`, `据新华社成都电`, `中新网北京3月5日电`, `央视网消息`) or a credit closing
 * the last (`（来源：示例日报）`).
 */

/** An outlet's name: a few characters ending as outlets' names end (社, 网, 报, 台, 新闻, 客户端). */
const OUTLET = '[\\p{Script=Han}A-Za-z]{1,10}?(?:通讯社|新闻社|社|网|日报|晚报|报|电视台|广播电视台|台|新闻|客户端|融媒体中心)';
/** A place and a date between the outlet and 电: `北京3月5日`, `乌鲁木齐5月9日`, `成都`. */
const PLACE_DATE = '[\\p{Script=Han}]{0,8}?\\s*(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?';
const DATELINE = new RegExp(`^\\s*[【[（(]?\\s*(?:据)?(${OUTLET})${PLACE_DATE}\\s*(?:电|讯)(?![\\p{Script=Han}])`, 'u');
const NEWS_REPORT = new RegExp(`^\\s*(?:据)?(${OUTLET})\\s*(?:消息|报道)\\s*[（(，,：:]`, 'u');
/** 本报, 本台, 本网: this very outlet, which the dateline does not name. */
const SELF = /^本(?:报|台|网|刊|社)/u;

const CLOSING =
  /[（(【[]\s*(?:(?:本文|文章|信息|稿件|新闻)?来源于?|稿源|转自|转载自|出处|据)\s*[:：]?\s*([^）)】\]]{2,30}?)\s*(?:报道|消息)?\s*[）)】\]]\s*$/u;

/** The outlet a dateline names, e.g. `新华社北京3月5日电（记者 张三）…` → 新华社; 本报 names none. */
export function datelineSource(first: string): string | undefined {
  const m = DATELINE.exec(first) ?? NEWS_REPORT.exec(first);
  const outlet = m?.[1];
  return outlet && !SELF.test(outlet) ? outlet : undefined;
}

/** `……。（来源：示例日报）`, `（据新华社）`, `（转自示例网）` at the end of the last paragraph → the outlet. */
export function closingSource(last: string): string | undefined {
  const found = CLOSING.exec(last.trim())?.[1]
    // （来源：示例日报 记者 张三）: the credit after the outlet is no part of it
    ?.split(/\s*(?:记者|作者|编辑|责编|通讯员)/u)[0]
    ?.replace(/^《(.+)》$/u, '$1')
    .trim();
  // （据介绍）, （据统计）: not an outlet
  return found && !/^(?:介绍|统计|了解|悉|报道|不完全统计)/u.test(found) ? found : undefined;
}

/** Closing lines after the credit that do not end the article's text: `（完）`, `（记者 张三）`. */
const AFTERWORD = /^[（(](?:完|终|全文完|[^）)]{0,12}记者[^）)]{2,20})[）)]$/u;

/**
 * Reads and removes a closing `（来源：…）` from the end of the body's last paragraph (or the one
 * before a closing `（完）`): the source goes to the frontmatter, the body keeps the sentence.
 */
export function takeClosingSource(body: Root): string | undefined {
  const paragraphs = body.children.filter((n) => n.type === 'paragraph');
  for (const paragraph of paragraphs.slice(-3).reverse()) {
    const tail = paragraph.children[paragraph.children.length - 1];
    const found = tail?.type === 'text' ? closingSource(tail.value) : undefined;
    if (tail?.type === 'text' && found !== undefined) {
      tail.value = tail.value.replace(CLOSING, '').trimEnd();
      if (toString(paragraph).trim() === '') body.children.splice(body.children.indexOf(paragraph), 1);
      return found;
    }
    if (!AFTERWORD.test(toString(paragraph).trim())) return undefined;
  }
  return undefined;
}
