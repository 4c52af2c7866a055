import { needsT2s } from '../../lib/search-query.ts';

let simplified: Set<string> | undefined;

/**
 * The 6,763 Han characters of GB2312, read through the browser's own GBK decoder (rows
 * 0xB0–0xF7): a Traditional-character test that costs no table bytes.
 */
function gb2312Han(): Set<string> {
  if (simplified) return simplified;
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  simplified = new Set(new TextDecoder('gbk').decode(new Uint8Array(bytes)));
  return simplified;
}

let converter: Promise<(text: string) => string> | undefined;

/** Converts Traditional characters to Simplified (OpenCC t2s); loads OpenCC only when needed. */
export async function toSimplified(query: string): Promise<string> {
  if (!needsT2s(query, gb2312Han())) return query;
  converter ??= Promise.all([import('opencc-js/core'), import('opencc-js/to/cn')]).then(([core, toCn]) =>
    core.ConverterFactory(toCn.default),
  );
  return (await converter)(query);
}
