/** The label of the decoder used for a page, after GBK/GB2312 are folded into GB18030. */
export type PageCharset = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

export interface DecodedPage {
  text: string;
  charset: PageCharset;
  /** Where the charset came from: `bom`, `header`, `meta`, `utf-8-valid` or `fallback`. */
  evidence: string;
}

/** GBK and GB2312 are subsets of GB18030; decoding them as GB18030 also reads the rare characters GBK lacks. */
const ALIASES: Readonly<Record<string, PageCharset>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
};

/** Maps a declared charset label to the decoder used for it; `undefined` when unknown. */
export function charsetLabelToDecoder(label: string): PageCharset | undefined {
  return ALIASES[
    label
      .trim()
      .toLowerCase()
      .replace(/^["']|["']$/g, '')
  ];
}

/** The charset named in `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`. */
export function findDeclaredCharset(head: string): string | undefined {
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return meta?.[1];
}

function bomCharset(bytes: Uint8Array): PageCharset | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a saved page or a text copy. Order: byte-order mark, the HTTP `Content-Type`
 * charset, then `<meta charset>`/http-equiv. A page that declares GB2312 but whose bytes
 * are valid UTF-8 was re-saved by a browser or tool without updating the tag, so it is read
 * as UTF-8; a page that declares nothing and is not UTF-8 is read as GB18030.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  const decode = (charset: PageCharset, evidence: string): DecodedPage => ({
    text: new TextDecoder(charset).decode(bytes),
    charset,
    evidence,
  });
  const bom = bomCharset(bytes);
  if (bom) return decode(bom, 'bom');
  const utf8 = isValidUtf8(bytes);
  const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 32_768));
  const fromMeta = findDeclaredCharset(head);
  for (const [label, evidence] of [
    [fromHeader, 'header'],
    [fromMeta, 'meta'],
  ] as const) {
    const charset = label === undefined ? undefined : charsetLabelToDecoder(label);
    if (!charset) continue;
    if (charset !== 'utf-8' && utf8) return decode('utf-8', 'utf-8-valid');
    return decode(charset, evidence);
  }
  return utf8 ? decode('utf-8', 'utf-8-valid') : decode('gb18030', 'fallback');
}
