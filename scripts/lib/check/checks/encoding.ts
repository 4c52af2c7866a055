import type { ContentProblem } from '../../../../src/schemas/problems.ts';

// ignoreBOM keeps a BOM in the text, so that it can be reported.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file as UTF-8. A file saved as GBK or GB2312 (common when copying from old
 * government sites) is an error that says how to convert it; a BOM is a warning.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; problems: ContentProblem[] } {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      problems: [
        {
          file,
          field: '-',
          severity: 'error',
          line: 1,
          message:
            '文件不是 UTF-8 编码（可能是 GBK/GB2312）。The file is not UTF-8: re-save it as UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`), or import the original page with `npm run import`.',
        },
      ],
    };
  }
  const problems: ContentProblem[] = [];
  // TextDecoder drops a leading BOM by default, so look at the bytes
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({
      file,
      field: '-',
      severity: 'warning',
      line: 1,
      message: '文件以 BOM 开头。The file starts with a byte-order mark: save it as UTF-8 without BOM.',
    });
  }
  return { text, problems };
}
