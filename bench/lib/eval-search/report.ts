import type { TransferReport } from './bytes.ts';
import { summarizeByCategory, type QueryScore, type Summary } from './metrics.ts';

export interface EvalReport {
  corpus: string;
  queriesFile: string;
  pages: number;
  /** Search bundles (year shards), 1 without shards. */
  shards: number;
  ours: { summary: Summary; scores: QueryScore[] };
  stock: { summary: Summary; scores: QueryScore[] };
  transfer?: TransferReport | undefined;
  /** Stock Pagefind's first query (its runtime, index and 5 fragments) on the same site. */
  stockTransfer?: TransferReport | undefined;
}

const pct = (x: number) => x.toFixed(3);
const rankText = (s: QueryScore) => (s.negative ? (s.returned === 0 ? 'none ✓' : `${s.returned} hits ✗`) : (s.rank?.toString() ?? '–'));

/** A plain-text table: one row per query, ours and stock side by side, then the summary. */
export function reportToTable(r: EvalReport): string {
  const lines = [`Search evaluation: ${r.corpus} (${r.pages} indexed pages in ${r.shards} search bundle(s)), ${r.queriesFile}`, ''];
  lines.push('query\tkind\tours rank\tstock rank');
  r.ours.scores.forEach((s, i) => lines.push(`${s.query}\t${s.kind}\t${rankText(s)}\t${rankText(r.stock.scores[i]!)}`));
  lines.push('');
  for (const [name, { summary: m }] of [
    ['ours ', r.ours],
    ['stock', r.stock],
  ] as const) {
    lines.push(
      `${name}  MRR@10 ${pct(m.mrr)}  recall@10 ${pct(m.recall)}  top-1 ${pct(m.top1)}  negatives clean ${m.negativesClean}/${m.negatives}  (${m.positives} positive queries)`,
    );
  }
  lines.push('', 'by kind\tours MRR@10\tours recall@10\tstock MRR@10\tstock recall@10\tnegatives clean (ours / stock)');
  const stockByCategory = new Map(summarizeByCategory(r.stock.scores).map((c) => [c.category, c.summary]));
  for (const { category, summary: m } of summarizeByCategory(r.ours.scores)) {
    const st = stockByCategory.get(category)!;
    lines.push(
      m.positives > 0
        ? `${category} (${m.positives})\t${pct(m.mrr)}\t${pct(m.recall)}\t${pct(st.mrr)}\t${pct(st.recall)}\t–`
        : `${category} (${m.negatives})\t–\t–\t–\t–\t${m.negativesClean}/${m.negatives} / ${st.negativesClean}/${st.negatives}`,
    );
  }
  if (r.transfer) {
    const t = r.transfer;
    lines.push('', `First query “${t.query}”: ${t.requests} requests, ${t.gzip} bytes with gzip (${t.served} bytes uncompressed)`);
    for (const [kind, k] of Object.entries(t.byKind)) lines.push(`  ${kind}: ${k.requests} requests, ${k.gzip} bytes`);
  }
  if (r.stockTransfer) {
    const t = r.stockTransfer;
    lines.push(`Stock Pagefind, same query: ${t.requests} requests, ${t.gzip} bytes with gzip (Pagefind files only)`);
    for (const [kind, k] of Object.entries(t.byKind)) lines.push(`  ${kind}: ${k.requests} requests, ${k.gzip} bytes`);
  }
  return lines.join('\n');
}
