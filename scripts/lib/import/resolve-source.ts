import { closestValues } from '../../../src/lib/key-hints.ts';
import { sourceIndex, type Source } from '../../../src/schemas/sources.ts';
import { titleToSlug } from '../../../src/lib/title-slug.ts';

export type SourceResolution = { known: true; name: string; alias: boolean } | { known: false; name: string; suggestion: string };

/** Variants pages print for one source: `来源：人民网－人民日报` may be registered as 人民日报. */
function variants(raw: string): string[] {
  const parts = raw.split(/[-－—·/、]/u).map((p) => p.replace(/[《》]/gu, '').trim());
  return [raw, raw.replace(/[《》]/gu, ''), ...parts.reverse()].filter(Boolean);
}

/**
 * Resolves a source as printed on the page through the names and aliases of
 * content/sources.yaml. An unknown source comes back with the text to add to sources.yaml.
 */
export function resolveSource(raw: string, sources: readonly Source[]): SourceResolution {
  const index = sourceIndex(sources);
  for (const candidate of variants(raw)) {
    const found = index.get(candidate);
    if (found) return { known: true, name: found.name, alias: found.name !== raw };
  }
  const near = closestValues(raw, [...index.keys()]).join('、');
  return {
    known: false,
    name: raw,
    suggestion: `未知来源 "${raw}"：请在 content/sources.yaml 中添加（name: ${raw}, slug: ${titleToSlug(raw)}, aliases: []），或改用已知来源，如 ${near}。Unknown source "${raw}": add it to content/sources.yaml, or use a known one.`,
  };
}
