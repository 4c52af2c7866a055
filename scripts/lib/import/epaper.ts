import type { Root } from 'hast';
import type { ArticleDate } from '../../../src/lib/dates.ts';
import { findDate, urlToDate } from './dates.ts';
import { walkElements } from './hast-helpers.ts';

/** Signs of a newspaper's e-paper edition: page numbers (第03版), 版面导航, 电子报, 数字报. */
const EPAPER_TEXT = /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|版面导航|版面目录|电子报|数字报|电子版|报纸版|往期回顾/u;
const EPAPER_URL = /epaper|e-paper|szb|dzb|\/paper\/|\/html\/\d{4}-\d{2}\/\d{2}\/|\/layout\/|\/content\/\d{6}\/\d{2}\//iu;
/** A masthead line: the paper's date with its weekday or page (`2024年3月5日 星期二`, `第03版`). */
const MASTHEAD = /星期[一二三四五六日天]|周[一二三四五六日]|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|日报|晚报|报$/u;

/** True for an e-paper page, by its text or its address. */
export function isEpaperPage(lines: readonly string[], url: string | undefined): boolean {
  return EPAPER_URL.test(url ?? '') || lines.some((l) => l.length <= 80 && EPAPER_TEXT.test(l));
}

/**
 * The date an e-paper page shows only in its masthead (`青禾日报 2024年03月05日 星期二 第03版`):
 * the first short line with a date, masthead-like lines first. `undefined` on other pages,
 * whose top bar date is the day the page was saved, not published.
 */
export function mastheadDate(lines: readonly string[], url: string | undefined): ArticleDate | undefined {
  if (!isEpaperPage(lines, url)) return undefined;
  const short = lines.filter((l) => l.length <= 60);
  for (const line of [...short.filter((l) => MASTHEAD.test(l)), ...short]) {
    const found = findDate(line);
    if (found) return found.date;
  }
  return undefined;
}

/** `<!--enpproperty <date>2024-03-05</date>…/enpproperty-->`: the article record 方正 e-paper systems write into the page. */
export function enpPropertyDate(html: string): ArticleDate | undefined {
  const record = /<!--\s*enpproperty([\s\S]{0,4000}?)\/?enpproperty\s*-->/iu.exec(html)?.[1];
  const date = record ? /<date>([^<]{6,30})<\/date>/iu.exec(record)?.[1] : undefined;
  return date ? findDate(date)?.date : undefined;
}

/**
 * The issue date an e-paper page's own links carry (`../../../html/2024-03/05/node_2.htm`, page
 * images under `/images/2024-03/05/`): the date at least two links share, the most common one.
 */
export function linkedIssueDate(tree: Root): ArticleDate | undefined {
  const counts = new Map<ArticleDate, number>();
  walkElements(tree, (el) => {
    for (const key of ['href', 'src']) {
      const value = el.properties[key];
      if (typeof value !== 'string' || /^(?:javascript|data|mailto):/iu.test(value)) continue;
      let date: ArticleDate | undefined;
      try {
        date = urlToDate(new URL(value, 'http://page.invalid/a/b/c/d/').href);
      } catch {
        date = undefined;
      }
      if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
    }
  });
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}
