import type { Root } from 'hast';
import { findDate } from './dates.ts';
import { classAndId, hasTag, textOf, walkElements } from './hast-helpers.ts';
import { cleanPersonNames } from './bylines.ts';
import { acceptFieldValue, stripAccountBox } from './interface-words.ts';
import { readLabelledLine } from './labels.ts';

/** Fields a template marks by class instead of a label: `<a class="source">新华网</a>`, `<span class="pubtime">…</span>`. */
export interface ClassFields {
  source?: string;
  date?: string;
  author?: string;
}

const SOURCE = /(?:^|[\s_-])(?:source|media[_-]?name|laiyuan|ly|from|article[_-]?source)(?:$|[\s_-])/iu;
const DATE = /(?:^|[\s_-])(?:date|time|pubtime|pub[_-]?date|publish[_-]?time|post[_-]?time|fbsj)(?:$|[\s_-])/iu;
const AUTHOR = /(?:^|[\s_-])(?:author|zuozhe|byline|writer)(?:$|[\s_-])/iu;

/**
 * Reads source, date and author from elements named for them, the fallback when no
 * labelled line says them. Only short texts count, so a container named `time-line` full of
 * links cannot pass for a date.
 */
export function readClassFields(tree: Root): ClassFields {
  const found: ClassFields = {};
  walkElements(tree, (el) => {
    if (hasTag(el, 'head', 'script', 'style', 'meta')) return false;
    const names = classAndId(el);
    if (!names) return undefined;
    const raw = textOf(el).trim();
    // an account box (`青禾观察 文章 128 总阅读 35万 关注`) counts by the account's name alone
    const text = raw.length <= 120 ? stripAccountBox(raw) : '';
    if (!text || text.length > 60) return undefined;
    const labelled = readLabelledLine(text);
    if (found.source === undefined && SOURCE.test(names)) {
      const value = acceptFieldValue(labelled.source ?? text.replace(/^来源\s*[:：]\s*/u, ''));
      if (value && value.length <= 20 && /\p{Script=Han}/u.test(value) && !findDate(value)) found.source = value;
    }
    if (found.date === undefined && DATE.test(names)) {
      const value = findDate(text);
      if (value) found.date = value.date;
    }
    if (found.author === undefined && AUTHOR.test(names)) {
      const value = acceptFieldValue(labelled.author ?? cleanPersonNames(text.replace(/^作者\s*[:：]\s*/u, '')));
      if (value && value.length <= 20 && !/[:：]/u.test(value)) found.author = value;
    }
    return undefined;
  });
  return found;
}
