/** Half-width marks that plain-text copies of Chinese pages put where full-width ones belong. */
const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
};

/** Han ideographs, CJK punctuation and full-width forms: the "Chinese" side of a mark. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201d\u2014\u2026\u2460-\u24ff\u2776-\u2793]/u;

/**
 * Restores full-width `，：；（）！` where a copy lost them: a half-width mark becomes
 * full-width when the character before or after it is Chinese. Everything else is kept,
 * so `PM2.5`, `http://` and `1,000` stay as they are.
 */
export function restoreFullWidthPunctuation(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      const full = HALF_TO_FULL[ch];
      if (full === undefined) return ch;
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      return CJK.test(before) || CJK.test(after) ? full : ch;
    })
    .join('');
}
