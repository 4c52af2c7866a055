/**
 * The synonym register (`content/search-synonyms.yaml` and the sources' aliases) as the search
 * page uses it: every form maps to the forms it is equivalent to, both ways. A form of several
 * parts (全国人民代表大会 全国政协会议) matches an article that holds every part.
 *
 * Pure: forms are compared as matchable text (see `textToMatchable`).
 */
import { textToMatchable } from './search-query.ts';

/** Form → its equivalent forms (itself included), each as its parts. */
export type SynonymIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Splits a written form into matchable parts: `全国人民代表大会 全国政协会议` → two parts. */
export function formToParts(form: string): string[] {
  return form
    .normalize('NFKC')
    .split(/\s+/)
    .map(textToMatchable)
    .filter((p) => p.length > 0);
}

/**
 * Indexes groups of equivalent forms. A form in two groups gets the forms of both; only
 * one-part forms are keys (a reader types 两会, not both parts of what it stands for).
 */
export function groupsToIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const index = new Map<string, string[][]>();
  for (const group of groups) {
    const forms = group.map(formToParts).filter((parts) => parts.length > 0);
    for (const parts of forms) {
      if (parts.length !== 1) continue;
      const key = parts[0]!;
      const known = index.get(key) ?? [[key]];
      for (const other of forms) if (!known.some((k) => k.join(' ') === other.join(' '))) known.push(other);
      index.set(key, known);
    }
  }
  return index;
}

/**
 * The term with one register form replaced by each of its other forms (parts joined by a space,
 * as Pagefind takes several words), longest forms first: the searches that find articles
 * written with another form. At most `max`.
 */
export function termToVariants(term: string, index: SynonymIndex, max = 6): string[] {
  const keys = [...index.keys()].filter((k) => k.length > 1 && term.includes(k)).sort((a, b) => b.length - a.length);
  const variants: string[] = [];
  for (const key of keys) {
    for (const parts of index.get(key)!) {
      const form = parts.join(' ');
      if (form === key) continue;
      const variant = term.replace(key, form);
      if (!variants.includes(variant)) variants.push(variant);
      if (variants.length >= max) return variants;
    }
  }
  return variants;
}
