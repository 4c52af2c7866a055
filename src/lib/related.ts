/** What the related-articles index knows about one article. */
export interface RelatedDoc {
  id: string;
  title: string;
  tags: readonly string[];
  column: string;
  source: string;
}

export interface RelatedOptions {
  /** How many related articles per article. */
  limit?: number;
  /**
   * Terms found in more articles than this are too common to tell articles apart and are
   * skipped; this also bounds the work per article, so the whole build stays near-linear.
   */
  maxPostings?: number;
  /** Compute only these articles' lists (an incremental build renders a few pages); all articles are still candidates. */
  only?: ReadonlySet<string> | undefined;
}

const TAG_WEIGHT = 3;
const TERM_WEIGHT = 1;
const COLUMN_WEIGHT = 1;
const SOURCE_WEIGHT = 0.5;

/**
 * Title terms: the overlapping pairs of Han characters (bigrams) in each run of Han text,
 * and each Latin word or number of two characters or more. Chinese has no spaces, and
 * bigrams match without a dictionary.
 */
export function titleToTerms(title: string): Set<string> {
  const terms = new Set<string>();
  const text = title.normalize('NFKC').toLowerCase();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) terms.add(`${chars[i]}${chars[i + 1]}`);
  }
  for (const word of text.match(/[a-z0-9]{2,}/g) ?? []) terms.add(word);
  return terms;
}

/**
 * Related articles for every article, computed once: an inverted index from tags and
 * title terms to articles, so each article meets only those it shares a feature with.
 * Score: 3 per shared tag, 1 per shared title term, +1 same column, +0.5 same source.
 * Ties go to the article listed first (`docs` is expected newest first). Articles with
 * too few matches are topped up with their neighbours in the same column.
 */
export function relatedArticles(docs: readonly RelatedDoc[], options: RelatedOptions = {}): Map<string, string[]> {
  const limit = options.limit ?? 5;
  const maxPostings = options.maxPostings ?? 200;
  const features = docs.map((d) => [...new Set(d.tags.map((t) => `tag:${t}`)), ...[...titleToTerms(d.title)].map((t) => `term:${t}`)]);
  const postings = new Map<string, number[]>();
  features.forEach((list, i) => {
    for (const f of list) {
      const p = postings.get(f);
      if (p) p.push(i);
      else postings.set(f, [i]);
    }
  });
  const byColumn = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const list = byColumn.get(d.column);
    if (list) list.push(i);
    else byColumn.set(d.column, [i]);
  });
  const positionInColumn = new Map<number, number>();
  for (const list of byColumn.values()) list.forEach((docIndex, pos) => positionInColumn.set(docIndex, pos));

  const result = new Map<string, string[]>();
  docs.forEach((doc, i) => {
    if (options.only && !options.only.has(doc.id)) return;
    const scores = new Map<number, number>();
    for (const f of features[i] ?? []) {
      const p = postings.get(f) ?? [];
      if (p.length > maxPostings) continue;
      const weight = f.startsWith('tag:') ? TAG_WEIGHT : TERM_WEIGHT;
      for (const j of p) if (j !== i) scores.set(j, (scores.get(j) ?? 0) + weight);
    }
    for (const [j, score] of scores) {
      const other = docs[j];
      if (!other) continue;
      scores.set(j, score + (other.column === doc.column ? COLUMN_WEIGHT : 0) + (other.source === doc.source ? SOURCE_WEIGHT : 0));
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([j]) => j);
    const chosen = ranked.slice(0, limit);
    if (chosen.length < limit) topUpFromColumn(chosen, i, byColumn.get(doc.column) ?? [], positionInColumn.get(i) ?? 0, limit);
    result.set(
      doc.id,
      chosen.map((j) => docs[j]?.id ?? ''),
    );
  });
  return result;
}

/** Adds the nearest articles of the same column, alternating newer and older. */
function topUpFromColumn(chosen: number[], self: number, column: readonly number[], position: number, limit: number): void {
  const taken = new Set([...chosen, self]);
  for (let step = 1; chosen.length < limit && (position - step >= 0 || position + step < column.length); step++) {
    for (const j of [column[position - step], column[position + step]]) {
      if (j !== undefined && !taken.has(j) && chosen.length < limit) {
        chosen.push(j);
        taken.add(j);
      }
    }
  }
}
