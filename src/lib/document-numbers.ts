/**
 * Document numbers (发文字号) such as 国办发〔2022〕1号: readers search for them verbatim, and
 * Pagefind alone cannot find them reliably. Its browser side splits the query with the
 * browser's word segmenter, its indexer with another (示政明电 is indexed as 示/政明/电), so the
 * exact-phrase search misses; and the loose search ranks the one document among thousands of
 * pages that share its pieces (示政明电, 2022, 号). So the index files each article under a
 * `文号` filter value per document number in it, and a query that holds one is looked up there.
 */

/** The Pagefind filter that holds the articles' document-number keys. */
export const DOCUMENT_NUMBER_FILTER = '文号';

// After NFKC: （）［］ are ASCII. Two Han characters of the issuer's abbreviation, the year, the serial.
const DOCUMENT_NUMBER = /(\p{Script=Han}{2})\s*[〔[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*第?\s*0*(\d+)\s*号/gu;

export interface DocumentNumber {
  /** `明电2022-1` for 示政明电〔2022〕1号: the issuer's last two characters keep the key the same whether or not the text runs into the number (根据示政明电…). */
  key: string;
  year: string;
}

/** The distinct document numbers in a text, in order of appearance. */
export function documentNumbers(text: string): DocumentNumber[] {
  const found = new Map<string, DocumentNumber>();
  for (const [, issuer, year, serial] of text.normalize('NFKC').matchAll(DOCUMENT_NUMBER)) {
    const key = `${issuer}${year}-${serial}`;
    if (!found.has(key)) found.set(key, { key, year: year! });
  }
  return [...found.values()];
}
