import { pinyin } from 'pinyin-pro';
import { textToSlug } from './slugs.ts';

/**
 * A readable ASCII file name from a title: the pinyin of its first Chinese characters, with
 * Latin words and numbers kept (`播下“文明种”…` → `bo-xia-wen-ming-zhong-sheng`).
 */
export function titleToSlug(title: string, maxSyllables = 6): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words: string[] = [];
  for (const s of syllables) {
    const word = textToSlug(s);
    if (word) words.push(word);
    if (words.length >= maxSyllables) break;
  }
  return words.join('-').slice(0, 60).replace(/-+$/u, '') || 'article';
}
