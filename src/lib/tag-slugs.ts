import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { textToSlug } from './slugs.ts';

/**
 * The ASCII slug of one tag: its pinyin without tones, one hyphen between syllables
 * (`防汛` → `fang-xun`, `5G网络` → `5g-wang-luo`). Latin letters and digits are kept as
 * they are. The result depends on pinyin-pro's dictionary, which is why it is pinned to
 * an exact version: a new dictionary could move tag URLs.
 */
export function tagToPinyinSlug(tag: string): string {
  const syllables = pinyin(tag.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return textToSlug(syllables.join(' '));
}

/** A short, stable suffix for a tag, from its text alone. */
export function tagToHash(tag: string): string {
  return createHash('sha256').update(tag.normalize('NFC')).digest('hex').slice(0, 6);
}

/**
 * Gives every tag a unique ASCII slug. Tags whose pinyin is the same (防汛 and 防讯) share
 * a base: the one that sorts first by code point keeps it, the others get `-<hash>` of their
 * own text. A tag with no letters or digits at all (an emoji) becomes `tag-<hash>`.
 */
export function tagsToSlugs(tags: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const tag of new Set(tags)) {
    const base = tagToPinyinSlug(tag);
    const list = byBase.get(base);
    if (list) list.push(tag);
    else byBase.set(base, [tag]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    group.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    group.forEach((tag, i) => {
      if (base === '') slugs.set(tag, `tag-${tagToHash(tag)}`);
      else slugs.set(tag, i === 0 ? base : `${base}-${tagToHash(tag)}`);
    });
  }
  return slugs;
}
