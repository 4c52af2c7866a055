import type { Interface } from 'node:readline/promises';
import type { NewArticleFields } from './scaffold.ts';

const QUESTIONS: readonly { key: keyof NewArticleFields; label: string; optional?: boolean }[] = [
  { key: 'title', label: '标题 title' },
  { key: 'source', label: '来源 source' },
  { key: 'originalUrl', label: '原文链接 originalUrl' },
  { key: 'category', label: '栏目 category' },
  { key: 'date', label: '发布时间 date (YYYY-MM-DD，回车=今天)', optional: true },
  { key: 'author', label: '作者 author (回车=佚名)', optional: true },
];

/** The fields as flags give them: any may be absent. */
export type PartialFields = { [K in keyof NewArticleFields]?: string | undefined };

/** Asks, in a terminal, for every field not given as a flag; `columns` lists the known columns. */
export async function askMissing(rl: Interface, given: PartialFields, columns: readonly string[]): Promise<PartialFields> {
  const out: PartialFields = { ...given };
  for (const q of QUESTIONS) {
    if (out[q.key]) continue;
    const hint = q.key === 'category' ? `（${columns.join('、')}）` : '';
    for (;;) {
      const answer = (await rl.question(`${q.label}${hint}: `)).trim();
      if (answer || q.optional) {
        if (answer) out[q.key] = answer;
        break;
      }
    }
  }
  return out;
}
