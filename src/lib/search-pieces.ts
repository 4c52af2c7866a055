/**
 * Compound queries. Readers type several words without spaces (辽宁营商环境), and the words
 * rarely stand side by side in the article (辽宁……持续优化营商环境). A term matches an article when
 * it can be cut into pieces that each occur literally in the title or in the text: the fewest
 * pieces, every piece required, no piece shorter than two characters or a function word alone
 * (所有) unless it is the whole term. Runs of Latin letters and digits are never cut (5G, PM2.5,
 * and 99.3万 with its unit), nor the year and serial of a document number (〔2022〕1号).
 *
 * Pure: works on matchable text (see `textToMatchable`).
 */
import type { SynonymIndex } from './search-synonyms.ts';

/** A Latin/digit run (pm2.5, 5g, 99.3), with a following 万 or 亿 kept as its unit. */
const LATIN_RUN = /^[a-z0-9\u00c0-\u024f]+(?:[.·\-+][a-z0-9\u00c0-\u024f]+)*%?[万亿]?/;
/** The year and serial of a document number (〔2022〕1号), never cut: 2号 alone is on every page. */
const NUMBER_TAIL = /^[〔[(【](?:19|20)\d{2}[〕\])】]第?\d+号/;
const HAN = /^\p{Script=Han}$/u;

/**
 * Words too common to stand as a piece alone: with them 版权所有 would match any article with
 * 版权 somewhere and 所有 somewhere else. Inside a longer piece they are fine.
 */
const NOT_A_PIECE = new Set(
  (
    '所有 有关 相关 进行 开展 我们 他们 一个 一些 这个 那个 这些 那些 没有 可以 已经 还是 因为 所以 但是 如果 通过 对于 关于 ' +
    '其中 以上 以下 全部 各项 有的 不是 就是 目前 同时 此外 以及 并且 而且 或者 方面 部分 之一 以来 之后 之前 期间 其他 其它 ' +
    '什么 怎么 如何 为了 由于 根据 按照 自己 大家 进一步'
  ).split(' '),
);

/** The units a cut never splits: Latin/digit runs (with 万/亿), document-number tails, and single other characters. */
export function termToAtoms(term: string): string[] {
  const atoms: string[] = [];
  let rest = term;
  while (rest.length > 0) {
    const run = NUMBER_TAIL.exec(rest)?.[0] ?? LATIN_RUN.exec(rest)?.[0];
    const atom = run ?? String.fromCodePoint(rest.codePointAt(0)!);
    atoms.push(atom);
    rest = rest.slice(atom.length);
  }
  return atoms;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The term cut where a reader would put spaces: Intl.Segmenter's words, with runs of single Han
 * characters (which it returns for words it does not know: 营|商) joined, and a lone one joined to
 * the word after it (亚|运会 → 亚运会) or, at the end, before it (志愿|者 → 志愿者).
 */
export function termToWords(term: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles.length > 1 || words.length === 0) words.push(singles);
    else words[words.length - 1] += singles;
    singles = '';
  };
  for (const atom of atomsToWords(term)) {
    if (HAN.test(atom)) {
      singles += atom;
      continue;
    }
    if (singles.length === 1) {
      words.push(singles + atom);
      singles = '';
      continue;
    }
    if (singles) flush();
    words.push(atom);
  }
  if (singles) flush();
  return words.filter((w) => w.length > 0);
}

/**
 * The words Pagefind's browser side searches for (it splits a query with Intl.Segmenter), without
 * punctuation, each once.
 */
export function termToSegments(term: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = [...segmenter.segment(term)].map((s) => s.segment).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return [...new Set(words)];
}

/** Segmenter words, but never splitting an atom (PM2.5 stays whole, 99.3万 too). */
function atomsToWords(term: string): string[] {
  const ends = new Set<number>();
  let at = 0;
  for (const atom of termToAtoms(term)) ends.add((at += atom.length));
  const words: string[] = [];
  let start = 0;
  for (const { index, segment } of segmenter!.segment(term)) {
    const end = index + segment.length;
    if (ends.has(end)) {
      words.push(term.slice(start, end));
      start = end;
    }
  }
  return words;
}

/** Whether `piece` may be a piece of a cut: two characters at least and not a function word alone, unless it is the whole term. */
export function canBePiece(piece: string, whole: boolean): boolean {
  return whole || (piece.length >= 2 && !NOT_A_PIECE.has(piece));
}

export interface Cut {
  /** The pieces in query order; each is a substring of the term. */
  pieces: string[];
  /** For each piece, the form found in the article (the piece itself, or a synonym's parts). */
  found: (readonly string[])[];
}

/**
 * The cut of `term` into the fewest pieces that each occur in `title` or `text` (matchable),
 * a piece also matching any form the synonym register gives it; among equally short cuts the one
 * closest to `termToWords`. Undefined when there is none.
 */
export function termToCut(term: string, title: string, text: string, synonyms?: SynonymIndex): Cut | undefined {
  const atoms = termToAtoms(term);
  const n = atoms.length;
  const offsets = [0];
  for (const a of atoms) offsets.push(offsets.at(-1)! + a.length);
  const wordEnds = new Set<number>();
  let at = 0;
  for (const w of termToWords(term)) wordEnds.add((at += w.length));
  const inArticle = (s: string) => title.includes(s) || text.includes(s);
  // The form of term[j..i) found in the article, if any.
  const formAt = (j: number, i: number): readonly string[] | undefined => {
    const piece = term.slice(offsets[j], offsets[i]);
    // A piece has two characters at least and means something alone, unless it is the whole term.
    if (!canBePiece(piece, i - j === n)) return undefined;
    if (inArticle(piece)) return [piece];
    return synonyms?.get(piece)?.find((parts) => parts.every(inArticle));
  };
  // best[i]: fewest pieces for atoms [0, i), then fewest cuts off the word boundaries.
  const best: ({ pieces: number; off: number; from: number; found: readonly string[] } | undefined)[] = [
    { pieces: 0, off: 0, from: -1, found: [] },
  ];
  for (let i = 1; i <= n; i++) {
    for (let j = 0; j < i; j++) {
      const prev = best[j];
      if (!prev) continue;
      const found = formAt(j, i);
      if (!found) continue;
      const off = prev.off + (i < n && !wordEnds.has(offsets[i]!) ? 1 : 0);
      const cur = best[i];
      if (!cur || prev.pieces + 1 < cur.pieces || (prev.pieces + 1 === cur.pieces && off < cur.off)) {
        best[i] = { pieces: prev.pieces + 1, off, from: j, found };
      }
    }
  }
  if (!best[n]) return undefined;
  const pieces: string[] = [];
  const found: (readonly string[])[] = [];
  for (let i = n; i > 0; i = best[i]!.from) {
    pieces.unshift(term.slice(offsets[best[i]!.from], offsets[i]));
    found.unshift(best[i]!.found);
  }
  return { pieces, found };
}

/**
 * The shortest stretch [start, end) holding a hit of each of `groups` groups (hits sorted or not);
 * the first hit's own extent when there are fewer groups than asked for.
 */
export function shortestCover(hits: readonly { at: number; end: number; group: number }[], groups: number): [number, number] {
  const sorted = [...hits].sort((a, b) => a.at - b.at);
  const count = new Map<number, number>();
  let best: [number, number] = [sorted[0]?.at ?? 0, sorted[0]?.end ?? 0];
  let found = false;
  let left = 0;
  for (let right = 0; right < sorted.length; right++) {
    const group = sorted[right]!.group;
    count.set(group, (count.get(group) ?? 0) + 1);
    while (count.size === groups) {
      const first = sorted[left]!;
      let end = 0;
      for (let k = left; k <= right; k++) end = Math.max(end, sorted[k]!.end);
      if (!found || end - first.at < best[1] - best[0]) best = [first.at, end];
      found = true;
      const c = count.get(first.group)! - 1;
      if (c === 0) count.delete(first.group);
      else count.set(first.group, c);
      left++;
    }
  }
  return best;
}

/**
 * The shortest stretch of `text` holding at least one occurrence of every group (each group:
 * strings of which any one counts), as [start, end); undefined when a group does not occur.
 */
export function closestWindow(text: string, groups: readonly (readonly string[])[]): [number, number] | undefined {
  const hits: { at: number; end: number; group: number }[] = [];
  groups.forEach((forms, group) => {
    for (const form of forms) {
      if (!form) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) hits.push({ at, end: at + form.length, group });
    }
  });
  if (new Set(hits.map((h) => h.group)).size < groups.length) return undefined;
  return shortestCover(hits, groups.length);
}
