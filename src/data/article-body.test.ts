import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markdownFileToBody } from './article-body.ts';

const astroBody = (code: string) => parseFrontmatter(code, { frontmatter: 'empty-with-spaces' }).content.trim();

describe('markdownFileToBody', () => {
  test('gives the body Astro reads, without parsing the frontmatter', () => {
    const file = '---\ntitle: 标题\ndate: 2024-05-01\n---\n\n第一段。\n\n---\n\n第二段。\n';
    expect(markdownFileToBody(file)).toBe('第一段。\n\n---\n\n第二段。');
    expect(markdownFileToBody(file)).toBe(astroBody(file));
  });

  test('agrees with Astro on files of every shape: BOM, blank lines first, CRLF, TOML, none, rules in the body', () => {
    const line = fc.constantFrom('title: 标题', 'date: 2024-05-01', 'tags: [a, b]', 'summary: "x: y"', '', '  ', 'a = 1', '---x', '+++');
    const file = fc
      .tuple(
        fc.constantFrom('', '\uFEFF', '\n', '  \n\n', 'text\n'),
        fc.constantFrom('---', '+++', ''),
        fc.array(line, { maxLength: 4 }),
        fc.constantFrom('---', '+++', '--- ', ''),
        fc.array(fc.constantFrom('段落。', '', '---', '+++', '  缩进', '**一是**', '\r'), { maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([lead, open, lines, close, body, eol]) => `${lead}${open}${eol}${lines.join(eol)}${eol}${close}${eol}${body.join(eol)}`);
    fc.assert(
      fc.property(file, (code) => {
        let expected: string;
        try {
          expected = astroBody(code);
        } catch {
          // Frontmatter Astro cannot parse: the content check stops such a file before any page is built.
          return;
        }
        expect(markdownFileToBody(code)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
