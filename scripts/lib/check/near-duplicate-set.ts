/**
 * A generated, seeded test set for near-duplicate detection, in the register of government
 * meeting reports. Every place, person and figure is invented. Two kinds of pair:
 * - the same article edited the way reprints edit it (must be found);
 * - distinct articles written from one meeting template, differing only in the names, places,
 *   topics and numbers filled in (must not be found).
 */
import { createRandom, type Random } from '../../../bench/lib/bench/prng.ts';
import { fillTemplate, slotFillers } from '../../../bench/lib/bench/corpus.ts';
import * as P from '../../../bench/lib/bench/phrases.ts';

/** How a reprint differs from the article it copies. */
export const EDITS = ['one-sentence-replaced', 'new-lead', 'paragraphs-reordered', 'punctuation-spacing', 'sentences-edited-20'] as const;
export type Edit = (typeof EDITS)[number];

/** A meeting report: paragraphs of sentences, each sentence a template whose `{slots}` are filled per article. */
const MEETING_TEMPLATE: readonly (readonly string[])[] = [
  [
    '{date}，{place}{org}召开{topic}{meeting}，{person}出席会议并讲话。',
    '会议传达学习了上级关于{topic}工作的部署要求，通报了{place}上半年{topic}工作情况。',
    '此次{meeting}采取“线上+线下”方式举行，{place}各有关单位负责同志{number}余人参加。',
  ],
  [
    '会议指出，要{verb}{topic}，{verb2}{topic2}，切实推动{goal}。',
    '今年以来，{place}累计{verb}{object}{number}{unit}，同比增长{pct}%。',
    '截至{month}月底，全{kind}共排查{object}{number2}{unit}，已完成整改{number3}{unit}，整改率{pct2}%。',
    '{place}投入资金{money}亿元，实施{topic}重点项目{small}个，惠及群众{number}万人。',
  ],
  [
    '会议强调，各级各部门要提高政治站位，压紧压实责任，确保{topic}各项任务落到实处。',
    '{person}在讲话中要求，要坚持问题导向，聚焦{topic}中的难点堵点，{verb}长效机制。',
    '要把{topic}作为重要民生工程，建立“周调度、月通报、季考核”工作机制，对工作不力的{small}个单位予以通报。',
    '要加强统筹协调，{org}牵头抓总，{place2}、{place3}等地主动作为，形成工作合力。',
  ],
  [
    '会议审议通过了《{place}{topic}{doc}》，明确到{year}年，{topic}体系基本健全，{goal}取得明显成效。',
    '{org}相关负责人介绍，{doc}共分为{small}个部分{number3}条，重点解决{topic}中群众反映强烈的问题。',
    '会上，{place2}、{place3}等{small}个单位作交流发言，{person2}作总结讲话。',
  ],
  [
    '{place2}{org}负责同志表示，将对照会议部署，逐项细化{topic}工作措施，确保{month}月底前完成{number3}项重点任务。',
    '{place3}结合实际，建立{topic}问题清单、责任清单和整改清单，实行销号管理，目前已销号{number2}项。',
    '与会人员围绕{topic}中的{object}管理、资金使用和考核评价等问题进行了深入讨论，提出意见建议{number3}条。',
  ],
  [
    '会议要求，各地要于{month}月{day}日前将工作开展情况报送{org}，逾期未报的将予以通报。',
    '下一步，{place}将持续{verb}{topic}，加快{verb2}{topic2}，为{goal}提供坚实保障。',
    '群众纷纷表示，{topic}工作做到了心坎上，“办事更方便了，心里更踏实了”。',
  ],
];

/** Opening paragraphs a second outlet writes in front of the copied text. */
const LEADS: readonly string[] = [
  '据{place}融媒体中心消息，{date}，记者从{place}{org}获悉，{topic}工作取得新进展。',
  '{place}日报讯（记者 {person}）连日来，{place}紧盯{topic}目标任务，{verb}各项工作。',
  '本网讯 为进一步{verb}{topic}，{place}近日作出专门部署，{org}第一时间组织学习。',
];

interface Main {
  place: string;
  topic: string;
  year: number;
}

const place = (r: Random) => `${r.pick(P.PLACE_HEADS)}${r.pick(P.PLACE_TAILS)}${r.pick(P.PLACE_KINDS)}`;

/** The build benchmark's slots, except that every place and topic is the report's own. */
const fill = (template: string, r: Random, main: Main) =>
  fillTemplate(template, { ...slotFillers(r, main), place: () => main.place, topic: () => main.topic });

/** An article as paragraphs of sentences. */
type Article = string[][];

const toBody = (article: Article) => article.map((p) => p.join('')).join('\n\n');
const mainOf = (r: Random): Main => ({ place: place(r), topic: r.pick(P.TOPICS), year: r.int(2015, 2024) });

/** One meeting report (about 900 characters) from the shared template, with its own fills. */
function templateArticle(r: Random): Article {
  const main = mainOf(r);
  return MEETING_TEMPLATE.map((paragraph) => paragraph.map((s) => fill(s, r, main)));
}

/** Rewrites a third to a half of a sentence (a clause reworded, figures and names changed), keeping the rest. */
function editSentence(sentence: string, r: Random, main: Main): string {
  const length = Math.round(sentence.length * (r.int(30, 50) / 100));
  const at = r.int(0, sentence.length - length);
  const words = fill(r.pick(P.SENTENCES), r, main).slice(0, length);
  return sentence.slice(0, at) + words + sentence.slice(at + length);
}

function applyEdit(article: Article, edit: Edit, r: Random): Article {
  const copy = article.map((p) => [...p]);
  const main = mainOf(r);
  const sentences = copy.flatMap((p, i) => p.map((_, j) => [i, j] as const));
  switch (edit) {
    case 'one-sentence-replaced': {
      const [i, j] = r.pick(sentences);
      copy[i]![j] = fill(r.pick(P.SENTENCES), r, main);
      return copy;
    }
    case 'new-lead':
      return [[fill(r.pick(LEADS), r, main), fill(r.pick(P.SENTENCES), r, main), fill(r.pick(P.SENTENCES), r, main)], ...copy];
    case 'paragraphs-reordered':
      return r.sample(copy, copy.length);
    case 'punctuation-spacing':
      return copy.map((p) =>
        p.map((s) =>
          s
            .replace(/，/gu, r.chance(0.5) ? ', ' : ' ，')
            .replace(/。/gu, '. ')
            .replace(/[“”]/gu, '"')
            .replace(/、/gu, ',')
            .replace(/%/gu, '％')
            .replace(/(\d+)/gu, ' $1 '),
        ),
      );
    case 'sentences-edited-20': {
      for (const [i, j] of r.sample(sentences, Math.round(sentences.length * 0.2))) copy[i]![j] = editSentence(copy[i]![j]!, r, main);
      return copy;
    }
  }
}

export interface NearDuplicatePair {
  edit: Edit;
  original: string;
  copy: string;
}

/** `perEdit` pairs of each edit, each pair from its own article. */
export function editedPairs(seed: number, perEdit: number): NearDuplicatePair[] {
  const r = createRandom(seed);
  return EDITS.flatMap((edit) =>
    Array.from({ length: perEdit }, () => {
      const article = templateArticle(r);
      return { edit, original: toBody(article), copy: toBody(applyEdit(article, edit, r)) };
    }),
  );
}

/** `count` distinct meeting reports from the one template: `count × (count − 1) / 2` pairs that must not match. */
export function templateArticles(seed: number, count: number): string[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, () => toBody(templateArticle(r)));
}
