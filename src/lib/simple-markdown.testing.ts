import fc from 'fast-check';

/**
 * Random Markdown bodies for property tests of the simple-Markdown writer: the constructs it
 * writes itself (lists, tables, bold, links, images), the near misses that CommonMark reads
 * otherwise (bold against punctuation, a list glued to a paragraph, a lazy line, a table with a
 * cell too many, trailing spaces), and syntax it leaves to the pipeline. Most bodies are
 * accepted, many are not, so that both sides of every rule get checked.
 */
const WORDS = [
  '养老服务',
  '工作',
  '，',
  '。',
  '、',
  '（',
  '）',
  '“',
  '”',
  '2024',
  '5.3%',
  'Abc',
  ' ',
  '"',
  "'",
  '{',
  '}',
  '$',
  '=',
  '+',
  '/',
  ':',
  '.',
  '?',
  '　',
];
/** Constructs written as they stand. */
const GOOD = [
  '**加粗**',
  '**一是加强领导**',
  '**一是加强领导。**',
  '**（一）总体要求**',
  '**《实施方案》**',
  '*【提示】*',
  '*强调*',
  '[原文](https://www.gov.cn/a.html)',
  '[站内](/columns/a/)',
  '[相对](a.pdf)',
  '[锚点](#b)',
  '[带题](https://x.cn/ "标题")',
  '[本站](https://www.example.cn/a/)',
  '[端口](http://Www.Gov.cn:80/a?b=1#c)',
  '[百分](/a%20b/)',
  '[查询](https://x.cn/list?a=1&b=2)',
  '![查询图](/img?a=1&b=2)',
  '![图](https://www.example.cn/a.jpg)',
  '![图 说明](/images/a.jpg "题")',
  '![](/images/b.png)',
  '[1. 申报表.docx](https://www.example.cn/f.docx)（Word，12.0 KB）',
];
/** Near misses and other syntax. */
const BAD = [
  '**“引号”**',
  '**——破折号**',
  '**要求……**',
  '*强 调*',
  '** 空格**',
  '**',
  '*',
  '***三星***',
  '[坏题](https://x.cn/ "")',
  '[大写](HTTPS://www.gov.cn/)',
  '[坏百分](/a%zz/)',
  '[实体](https://x.cn/?a=1&amp;b=2)',
  '[中文网址](/栏目/)',
  '[协议](javascript:alert)',
  '[冒号](a:b)',
  '[空]()',
  '[](https://www.gov.cn/)',
  '![本地](a.jpg)',
  '![引"号](/images/c.png)',
  'www.gov.cn',
  'a@b.cn',
  'https://www.gov.cn',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
  '_',
  '~',
  '\\',
  '&',
  '<b>',
  '`',
  '#',
];
const inline = fc.array(
  fc.oneof(
    { weight: 24, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 8, arbitrary: fc.constantFrom(...GOOD) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD) },
  ),
  { minLength: 1, maxLength: 5 },
);
const text = inline.map((pieces) => pieces.join(''));
/** A line's end: mostly nothing, sometimes the trailing spaces of a hard break. */
const end = fc.oneof({ weight: 30, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '  ') });

const paragraph = fc.array(fc.tuple(text, end), { minLength: 1, maxLength: 3 }).map((lines) => lines.map(([t, e]) => t + e).join('\n'));
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));
const heading = fc
  .tuple(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('# ', '## ', '### ', '###### ') },
      { weight: 1, arbitrary: fc.constantFrom('####### ', '##') },
    ),
    fc.oneof({ weight: 3, arbitrary: words }, { weight: 2, arbitrary: text }),
  )
  .map(([h, t]) => h + t);
const list = fc
  .tuple(
    fc.constantFrom('- ', '* ', '+ ', '1. ', '3. ', '01. ', '2) '),
    fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 20, arbitrary: fc.constant('') },
          // What opens a block inside an item, and what looks like it and does not: `**` bold, `-5%`, `*` alone.
          {
            weight: 2,
            arbitrary: fc.constantFrom('- ', '1. ', '> ', '[ ] ', ' ', '* ', '+ ', '***', '- - -', '---', '*', '-', '**一是**', '-5%', '#'),
          },
        ),
        text,
        end,
        // Lines under the item: a list inside it (its markers where the item's text starts, or not quite), or text.
        fc.oneof(
          { weight: 5, arbitrary: fc.constant('') },
          {
            weight: 4,
            arbitrary: fc
              .tuple(
                fc.constantFrom('  ', '  ', '   ', '   ', '    ', ' '),
                fc.constantFrom('-', '*', '1.', '1)', '2.'),
                fc.array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: text }), { minLength: 1, maxLength: 3 }),
              )
              .map(([indent, marker, texts]) =>
                texts.map((t, i) => `\n${indent}${/\d/.test(marker) ? `${Number(marker[0]) + i}${marker[1]}` : marker} ${t}`).join(''),
              ),
          },
          {
            weight: 1,
            arbitrary: fc
              .array(
                fc.tuple(
                  fc.constantFrom('  ', '   ', '    ', ' ', '\t'),
                  fc.constantFrom('- ', '* ', '1. ', '2. ', '1) ', '', '> '),
                  fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: text }),
                ),
                { minLength: 1, maxLength: 3 },
              )
              .map((lines) => lines.map(([indent, marker, t]) => `\n${indent}${marker}${t}`).join('')),
          },
        ),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('\n续行', '\n- 换号', '\n1. 换号') }),
    // Tight, loose (a blank line between items), and now and then loose with two blank lines.
    fc.constantFrom('\n', '\n', '\n\n', '\n\n\n'),
  )
  .map(([marker, items, tail, between]) => items.map(([lead, t, e, under]) => marker + lead + t + e + under).join(between) + tail);
/** A tight list with lists inside its items: mostly where CommonMark nests them, now and then a space off. */
const nestedList = fc
  .tuple(
    fc.constantFrom('- ', '* ', '1. ', '2) ', '10. '),
    fc.array(
      fc.tuple(
        fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: text }),
        fc.option(
          fc.tuple(
            fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1, 2) }),
            fc.constantFrom('-', '+', '1.', '1)', '3.'),
            fc.array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: text }), { minLength: 1, maxLength: 3 }),
          ),
          { freq: 2 },
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([marker, items]) => {
    const ordered = /\d/.test(marker);
    return items
      .map(([t, sub], i) => {
        const own = ordered ? `${Number.parseInt(marker, 10) + i}${marker.replace(/^\d+/, '')}` : marker;
        if (!sub) return own + t;
        const [shift, subMarker, texts] = sub;
        const indent = ' '.repeat(Math.max(0, own.length + shift));
        const lines = texts.map(
          (s, k) => `${indent}${/\d/.test(subMarker) ? `${Number.parseInt(subMarker, 10) + k}${subMarker.slice(-1)}` : subMarker} ${s}`,
        );
        return [own + t, ...lines].join('\n');
      })
      .join('\n');
  });
const cell = fc.oneof(text, fc.constant(''), fc.constant(' '));
const table = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.array(fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-', '---', '---', 'x'), { minLength: 1, maxLength: 3 }),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 3 }),
    fc.array(cell, { minLength: 1, maxLength: 3 }),
  )
  .map(([n, align, rows, head]) => {
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const delimiter = `|${Array.from({ length: n }, (_, i) => align[i % align.length]).join('|')}|`;
    // Rows of the header's width, now and then one cell more or fewer (which GFM reads otherwise).
    const width = (r: readonly string[]) => (r.length === 4 ? r : Array.from({ length: n }, (_, i) => r[i % r.length]!));
    return [row(width(head)), delimiter, ...rows.map((r) => row(width(r)))].join('\n');
  });
const quote = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 12, arbitrary: fc.constant('> ') }, { weight: 1, arbitrary: fc.constantFrom('>', '', '> - ', '> > ') }),
      text,
      end,
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((lines) => lines.map(([q, t, e]) => q + t + e).join('\n'));
const rule = fc.constantFrom('---', '***', '___', '-----', '- - -', '--');
const odd = fc.constantFrom(
  '> 引文',
  '    缩进',
  '标题\n===',
  '---',
  '***',
  '```\n代码\n```',
  '<div>块</div>',
  '[a]: https://x.cn/',
  '1.5亿元',
  '\t制表',
);

const block = fc.oneof(
  { weight: 8, arbitrary: paragraph },
  { weight: 4, arbitrary: heading },
  { weight: 4, arbitrary: list },
  { weight: 4, arbitrary: nestedList },
  { weight: 4, arbitrary: table },
  { weight: 2, arbitrary: quote },
  { weight: 1, arbitrary: rule },
  { weight: 1, arbitrary: odd },
);
const separator = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('\n\n', '\n\n\n', '\n \n') },
  { weight: 1, arbitrary: fc.constant('\n') },
);

export const richMarkdownBody = fc
  .tuple(fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '\n', '\n\n'))
  .map(([blocks, tail]) => blocks.map(([b, s], i) => (i === 0 ? b : s + b)).join('') + tail);
