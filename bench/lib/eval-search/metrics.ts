import type { EvalQuery } from './queries.ts';

export interface QueryScore {
  query: string;
  kind: string;
  negative: boolean;
  /** 1-based rank of the first relevant result within the cut-off, or undefined. */
  rank: number | undefined;
  reciprocalRank: number;
  recall: number;
  top1: boolean;
  /** Results returned (for negative queries this must be 0). */
  returned: number;
  top: string[];
}

export interface Summary {
  queries: number;
  positives: number;
  negatives: number;
  mrr: number;
  recall: number;
  top1: number;
  /** Negative queries that returned nothing. */
  negativesClean: number;
}

export const CUTOFF = 10;

/** Scores one query from the result paths (base removed), in display order. */
export function scoreQuery(q: EvalQuery, results: readonly string[], returned = results.length): QueryScore {
  const top = results.slice(0, CUTOFF);
  const negative = q.relevant.length === 0;
  const index = top.findIndex((p) => q.relevant.includes(p));
  const found = q.relevant.filter((p) => top.includes(p)).length;
  return {
    query: q.query,
    kind: q.kind,
    negative,
    rank: index < 0 ? undefined : index + 1,
    reciprocalRank: index < 0 ? 0 : 1 / (index + 1),
    recall: negative ? 0 : found / Math.min(q.relevant.length, CUTOFF),
    top1: !negative && top[0] !== undefined && q.relevant.includes(top[0]),
    returned,
    top,
  };
}

/** MRR@10, recall@10 and top-1 over the positive queries; negatives are counted apart. */
export function summarize(scores: readonly QueryScore[]): Summary {
  const pos = scores.filter((s) => !s.negative);
  const mean = (f: (s: QueryScore) => number) => (pos.length === 0 ? 0 : pos.reduce((a, s) => a + f(s), 0) / pos.length);
  const neg = scores.filter((s) => s.negative);
  return {
    queries: scores.length,
    positives: pos.length,
    negatives: neg.length,
    mrr: mean((s) => s.reciprocalRank),
    recall: mean((s) => s.recall),
    top1: mean((s) => (s.top1 ? 1 : 0)),
    negativesClean: neg.filter((s) => s.returned === 0).length,
  };
}

/** The query sets the README reports apart, from the start of a query's kind. */
export type QueryCategory = 'single term' | 'compound' | 'abbreviation' | 'negative' | 'compound negative';

/** `compound negative: …` → compound negative; `compound: …`, `abbreviation: …`; other negatives and positives are single-term queries. */
export function kindToCategory(kind: string, negative: boolean): QueryCategory {
  if (/^compound negative\b/.test(kind)) return 'compound negative';
  if (negative) return 'negative';
  if (/^compound\b/.test(kind)) return 'compound';
  if (/^abbreviation\b/.test(kind)) return 'abbreviation';
  return 'single term';
}

/** `summarize` per category, in a fixed order, leaving out categories without queries. */
export function summarizeByCategory(scores: readonly QueryScore[]): { category: QueryCategory; summary: Summary }[] {
  const order: QueryCategory[] = ['single term', 'negative', 'compound', 'abbreviation', 'compound negative'];
  return order
    .map((category) => ({ category, summary: summarize(scores.filter((s) => kindToCategory(s.kind, s.negative) === category)) }))
    .filter((c) => c.summary.queries > 0);
}
