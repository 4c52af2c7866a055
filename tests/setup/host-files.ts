/** Parses a Netlify/Cloudflare `_headers` file into path → header name → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`malformed _headers line: ${line}`);
    current.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** Parses a `_redirects` file into [from, to, status] rows. */
export function parseRedirectsFile(text: string): [string, string, string][] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const parts = l.trim().split(/\s+/);
      if (parts.length !== 3) throw new Error(`malformed _redirects line: ${l}`);
      return parts as [string, string, string];
    });
}
