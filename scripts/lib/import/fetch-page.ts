/** Who we are, so that site operators can tell the importer from a scraper. */
export const USER_AGENT = 'ZhuanzaiImporter/0.1 (news reprint importer, run by an editor for one page at a time)';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const PAGE_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

export interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  /** The final URL after redirects. */
  url: string;
}

/** Fetches an http(s) URL with a timeout, a size limit and an honest User-Agent; throws an editor-readable error. */
export async function fetchUrl(url: string, limits: FetchLimits = PAGE_LIMITS): Promise<Fetched> {
  const response = await fetch(url, {
    headers: { 'user-agent': USER_AGENT, accept: '*/*' },
    redirect: 'follow',
    signal: AbortSignal.timeout(limits.timeoutMs),
  }).catch((error: unknown) => {
    const why = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs / 1000} s` : String(error);
    throw new Error(`无法下载 ${url}：${why}. Check the address, or save the page in a browser and import the file.`, { cause: error });
  });
  if (!response.ok) throw new Error(`下载 ${url} 失败：HTTP ${response.status}. Check the address, or save the page and import the file.`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limits.maxBytes)
    throw new Error(`${url} 超过大小限制（${declared} > ${limits.maxBytes} 字节）。The file is too large to import.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw new Error(`${url} 超过大小限制（> ${limits.maxBytes} 字节）。The file is too large to import.`);
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, contentType: response.headers.get('content-type') ?? '', url: response.url || url };
}
