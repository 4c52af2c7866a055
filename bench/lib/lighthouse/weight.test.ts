import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { htmlToWeight } from './weight.ts';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('htmlToWeight', () => {
  test('returns gzip bytes of the HTML plus each external stylesheet and script', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script></head><body>正文</body></html>';
    const files: Record<string, string> = { '/a.css': 'body{color:red}'.repeat(50), '/b.js': 'console.log(1)'.repeat(50) };
    const weight = htmlToWeight(html, (url) => Buffer.from(files[url] ?? ''));
    expect(weight.assets).toEqual({ '/a.css': gz(files['/a.css'] ?? ''), '/b.js': gz(files['/b.js'] ?? '') });
    expect(weight.total).toBe(gz(html) + gz(files['/a.css'] ?? '') + gz(files['/b.js'] ?? ''));
    expect(weight.blockingScripts).toEqual([]);
  });

  test('reports an external head script without async, defer or module as render-blocking, and ignores inline ones', () => {
    const html =
      '<head><script>var a=1</script><script src="/x.js"></script><script defer src="/y.js"></script></head><body><script src="/z.js"></script>';
    expect(htmlToWeight(html, () => Buffer.from('')).blockingScripts).toEqual(['/x.js']);
  });
});
