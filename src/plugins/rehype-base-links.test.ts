import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeBaseLinks } from './rehype-base-links.ts';

function tree(): Root {
  return {
    type: 'root',
    children: [
      { type: 'element', tagName: 'a', properties: { href: '/attachments/2024/04/x/a.pdf' }, children: [] },
      { type: 'element', tagName: 'a', properties: { href: '//cdn.example/x' }, children: [] },
      { type: 'element', tagName: 'a', properties: { href: 'https://www.gov.cn/' }, children: [] },
      { type: 'element', tagName: 'a', properties: { href: '/news/columns/a/' }, children: [] },
      { type: 'element', tagName: 'img', properties: { src: '/images/a.png' }, children: [] },
    ],
  };
}
const urls = (t: Root) => t.children.map((n) => (n.type === 'element' ? (n.properties['href'] ?? n.properties['src']) : undefined));

describe('rehypeBaseLinks', () => {
  test('prefixes root-relative links and images with the base, once', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/news/' })(t);
    expect(urls(t)).toEqual([
      '/news/attachments/2024/04/x/a.pdf',
      '//cdn.example/x',
      'https://www.gov.cn/',
      '/news/columns/a/',
      '/news/images/a.png',
    ]);
  });
  test('changes nothing at the root', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/' })(t);
    expect(urls(t)).toEqual(urls(tree()));
  });
});
