/**
 * Simple Markdown: the bodies the importer and editors write, parsed without the unified pipeline.
 * Paragraphs, `#` headings, lists (`-`, `*`, `+`, `1.`, `1)`; tight or loose; in a tight one, one level
 * of lists inside its items), GFM tables,
 * one-paragraph block quotes, rules, and
 * inside them text, `**strong**`, `*emphasis*`, `[links](url "title")` and `![images](url)`.
 * A body holding anything else, or any of these in a form whose reading depends on CommonMark's
 * finer rules (emphasis next to punctuation, lazy continuation lines, deeper lists, escapes,
 * references, raw HTML, autolinks), is not simple: `simpleMarkdownBlocks` returns undefined and
 * the caller sends it through the pipeline. The HTML is what the site's pipeline writes for such a
 * body, byte for byte (simple-markdown.test.ts and markdown-processor.test.ts check both on
 * random bodies and on the corpus shapes), for about a twentieth of the time.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; text: string }
  | { kind: 'link'; children: Inline[]; href: string; title?: string | undefined }
  | { kind: 'image'; alt: string; src: string; title?: string | undefined };

export type Align = 'left' | 'right' | 'center' | undefined;

/** A list inside a list item: its kind and its items' text. */
export interface NestedList {
  ordered: boolean;
  items: Inline[][];
}

export type SimpleBlock =
  | { kind: 'paragraph'; lines: Inline[][] }
  /** `text`: the heading's text without its markup, as Astro's heading ids read it. */
  | { kind: 'heading'; depth: number; inlines: Inline[]; text: string }
  /**
   * `loose`: blank lines between the items, whose text is then a paragraph each. `nested[i]`: the
   * list under item `i` (a tight list only, one level, each item of its one kind), if any.
   */
  | { kind: 'list'; ordered: boolean; start: number; loose: boolean; items: Inline[][]; nested?: (NestedList | undefined)[] }
  | { kind: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  /** A block quote of one paragraph. */
  | { kind: 'quote'; lines: Inline[][] }
  | { kind: 'rule' };

/**
 * A character or sequence that can make Markdown (GFM) more than text: emphasis, code, links,
 * images, HTML, tables, strikethrough, escapes, entities, autolink literals. Text between the
 * constructs below must hold none of them.
 */
const SYNTAX = /[\\`*_[\]<>!|&~#\r\0]|:\/\/|www\.|@/i;
/** Line starts that open a block other than the ones parsed here: indentation, quotes, rules, setext underlines. */
const BLOCK_START = /^(?:[ \t]|[>+=-]|\d+[.)])/;
/** An ATX heading; only spaces and tabs around its text are not part of it (an ideographic space is). */
const HEADING = /^(#{1,6}) ([^ \t](?:.*[^ \t])?)$/;
const BULLET = /^([-*+]) (\S.*)$/;
const ORDERED = /^(\d{1,9})([.)]) (\S.*)$/;
/**
 * An item's text that would open a block of its own inside the item: a nested list (a marker and
 * a space), a thematic break (`***`, `- - -`), a quote, a heading, a task box. `**一是**…` is text.
 */
const ITEM_BLOCK = /^(?:[-*+](?:[ \t]|$)|[>#]|\d+[.)]|\[[ xX]\]|(?:[-*_][ \t]*){3,}$)/;
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const QUOTE = /^> (\S.*)$/;
/**
 * A character that makes `*` next to it left- or right-flanking whatever stands on its other
 * side: a letter or a number, as in CommonMark, or, with remark-cjk-friendly in the pipeline, a
 * CJK punctuation mark (wide: 、。〃, the brackets 〈〉《》「」『』【】〔〕〖〗〘〙〚〛, 〜〝〞〟, the fullwidth
 * ！（），．：；？), so that `**一是加强领导。**各地` is bold as the writer meant. Quotation marks “”‘’,
 * dashes and ellipses are of ambiguous width, not CJK: those keep CommonMark's rules, and go
 * through the pipeline.
 */
const EDGE_CHAR = /^[\p{L}\p{N}、。〃〈-】〔-〟！（），．：；？]$/u;
/**
 * URLs written as they stand: nothing the Markdown parser would percent-encode or decode (no
 * spaces, quotes, parentheses, non-ASCII, entities: no `;`; `%` only before two hex digits). The
 * HTML writer escapes their `&`.
 */
const URL_CHARS = '[A-Za-z0-9\\-._~/?=#+,:&]|%[0-9A-Fa-f]{2}';
const ABSOLUTE_URL = new RegExp(`^https?://[A-Za-z0-9.-]+(?::\\d+)?(?:/(?:${URL_CHARS})*)?$`);
const SITE_URL = new RegExp(`^/(?!/)(?:${URL_CHARS})*$`);
/** Relative links without a colon, which the sanitiser would read as a protocol. */
const RELATIVE_URL = new RegExp(`^(?:${URL_CHARS.replace(':', '')})+$`);

function isText(text: string): boolean {
  return !SYNTAX.test(text);
}

/** `[text](destination "title")` from `at` (the `[`): the parts and the index after `)`, or undefined. */
function bracketed(line: string, at: number): { text: string; url: string; title?: string; end: number } | undefined {
  const close = line.indexOf(']', at + 1);
  if (close < 0 || line[close + 1] !== '(') return undefined;
  const end = line.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const text = line.slice(at + 1, close);
  const target = /^(\S+)(?: "([^"]*)")?$/.exec(line.slice(close + 2, end));
  if (!target || text === '' || !isText(text)) return undefined;
  const title = target[2];
  if (title !== undefined && (title === '' || !isText(title) || /^\s|\s$/.test(title))) return undefined;
  return { text, url: target[1]!, ...(title !== undefined ? { title } : {}), end: end + 1 };
}

/** A `*` or `**` span from `at`: its text and the index after it, when CommonMark reads it so whatever surrounds it. */
function emphasis(line: string, at: number, size: 1 | 2): { text: string; end: number } | undefined {
  const marker = '*'.repeat(size);
  const close = line.indexOf(marker, at + size);
  if (close < 0) return undefined;
  const text = line.slice(at + size, close);
  const first = text[0];
  const last = text.slice(-1);
  if (!first || !EDGE_CHAR.test(first) || !EDGE_CHAR.test(last) || !isText(text)) return undefined;
  if (line[close + size] === '*') return undefined;
  return { text, end: close + size };
}

/**
 * One line's inline content, or undefined when it holds anything not parsed here. `remoteImages`:
 * whether images from other hosts are written as they stand (Astro optimises those of hosts in
 * its `image.domains` and `image.remotePatterns`).
 */
export function lineToInlines(line: string, remoteImages = true): Inline[] | undefined {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '!' && line[i + 1] === '[') {
      // Astro optimises images with relative paths; `%` goes through decodeURI there.
      const b = bracketed(line, i + 1);
      if (!b || !((remoteImages && ABSOLUTE_URL.test(b.url)) || SITE_URL.test(b.url)) || b.url.includes('%') || b.text.includes('"'))
        return undefined;
      flush();
      out.push({ kind: 'image', alt: b.text, src: b.url, title: b.title });
      i = b.end;
    } else if (c === '[') {
      const b = bracketed(line, i);
      if (!b || !(ABSOLUTE_URL.test(b.url) || SITE_URL.test(b.url) || RELATIVE_URL.test(b.url))) return undefined;
      flush();
      out.push({ kind: 'link', children: [{ kind: 'text', text: b.text }], href: b.url, title: b.title });
      i = b.end;
    } else if (c === '*') {
      if (line[i - 1] === '*') return undefined;
      const size = line[i + 1] === '*' ? 2 : 1;
      if (size === 2 && line[i + 2] === '*') return undefined;
      const e = emphasis(line, i, size);
      if (!e) return undefined;
      flush();
      out.push({ kind: size === 2 ? 'strong' : 'em', text: e.text });
      i = e.end;
    } else {
      // Plain text up to the next construct; checked as a whole for autolink literals (www., ://).
      let j = i;
      while (j < line.length && line[j] !== '[' && line[j] !== '*' && !(line[j] === '!' && line[j + 1] === '[')) j += 1;
      const run = line.slice(i, j);
      if (!isText(run)) return undefined;
      text += run;
      i = j;
    }
  }
  flush();
  // Autolink literals can also be made across constructs' edges (a link's text then `.cn`): check the text as one.
  const texts = out.map((n) =>
    n.kind === 'image' ? n.alt : n.kind === 'link' ? n.children.map((c) => (c.kind === 'text' ? c.text : '')).join('') : n.text,
  );
  if (!isText(texts.join(''))) return undefined;
  return out;
}

function tableCells(line: string): string[] | undefined {
  if (!line.startsWith('|') || !line.endsWith('|') || line.length < 2) return undefined;
  return line
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.replace(/^[ \t]+|[ \t]+$/g, ''));
}

const isBlank = (line: string | undefined) => line !== undefined && /^[ \t]*$/.test(line);
/** A list item's line: its kind of list, marker, number and text. */
function itemOf(line: string): { ordered: boolean; marker: string; digits: string; start: number; content: string } | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, marker: bullet[1]!, digits: '', start: 1, content: bullet[2]! };
  const ordered = ORDERED.exec(line);
  return ordered ? { ordered: true, marker: ordered[2]!, digits: ordered[1]!, start: Number(ordered[1]), content: ordered[3]! } : undefined;
}

/** The body's blocks, or undefined when it holds any Markdown not parsed here. */
export function simpleMarkdownBlocks(body: string, { remoteImages = true }: { remoteImages?: boolean } = {}): SimpleBlock[] | undefined {
  const lines = body.split('\n');
  // Trailing spaces end a line in a hard break, or are dropped, as the line stands: not parsed here.
  if (lines.some((line) => /[ \t]$/.test(line) && !isBlank(line))) return undefined;
  const blocks: SimpleBlock[] = [];
  let paragraph: Inline[][] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  // Where lists, tables and quotes may end: a blank line, the end, or (lists) an ATX heading, which
  // interrupts them; any other line would be read as part of them.
  const endsAt = (to: number, heading = false) => to >= lines.length || isBlank(lines[to]) || (heading && HEADING.test(lines[to]!));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      flush();
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const inlines = lineToInlines(heading[2]!, remoteImages);
      if (!inlines) return undefined;
      flush();
      blocks.push({ kind: 'heading', depth: heading[1]!.length, inlines, text: inlinesToText(inlines) });
      i += 1;
      continue;
    }
    const item = itemOf(line);
    if (item) {
      // A list may interrupt a paragraph, except an ordered one that does not start with `1.` (`01.`, `3.`: text).
      if (paragraph.length > 0 && item.ordered && item.digits !== '1') return undefined;
      flush();
      const items: Inline[][] = [];
      const nested: (NestedList | undefined)[] = [];
      let loose = false;
      let j = i;
      for (;;) {
        const next = itemOf(lines[j]!);
        // Another kind of marker starts another list; a line without one continues the item (lazily).
        if (!next || next.ordered !== item.ordered || next.marker !== item.marker) return undefined;
        if (ITEM_BLOCK.test(next.content)) return undefined;
        const inlines = lineToInlines(next.content, remoteImages);
        if (!inlines) return undefined;
        items.push(inlines);
        j += 1;
        // A list under the item: its markers where the item's text starts (`- ` → two spaces, `1. ` → three).
        const indent = ' '.repeat(next.digits.length + next.marker.length + 1);
        let sub: (NestedList & { marker: string }) | undefined;
        while (j < lines.length && lines[j]!.startsWith(indent) && !isBlank(lines[j])) {
          // Deeper or other indentation, or a line without a marker (a lazy or continued line): not parsed here.
          const child = itemOf(lines[j]!.slice(indent.length));
          if (!child || ITEM_BLOCK.test(child.content)) return undefined;
          if (sub === undefined) {
            // It interrupts the item's paragraph: an ordered list must start at 1 to do so.
            if (child.ordered && child.digits !== '1') return undefined;
            sub = { ordered: child.ordered, marker: child.marker, items: [] };
          } else if (child.ordered !== sub.ordered || child.marker !== sub.marker) return undefined;
          const childInlines = lineToInlines(child.content, remoteImages);
          if (!childInlines) return undefined;
          sub.items.push(childInlines);
          j += 1;
        }
        nested.push(sub && { ordered: sub.ordered, items: sub.items });
        // One blank line (or more), then another item of this list: a loose list.
        if (j < lines.length && !isBlank(lines[j])) {
          if (HEADING.test(lines[j]!)) break;
          continue;
        }
        let k = j;
        while (k < lines.length && isBlank(lines[k])) k += 1;
        if (k >= lines.length || !itemOf(lines[k]!)) break;
        loose = true;
        j = k;
      }
      if (!endsAt(j, true)) return undefined;
      const hasNested = nested.some((n) => n !== undefined);
      // In a loose list an item's text and the list under it are paragraphs apart: not written here.
      if (hasNested && loose) return undefined;
      blocks.push({ kind: 'list', ordered: item.ordered, start: item.start, loose, items, ...(hasNested ? { nested } : {}) });
      i = j;
      continue;
    }
    if (line.startsWith('|')) {
      // A table may interrupt a paragraph.
      flush();
      const head = tableCells(line);
      const delimiter = tableCells(lines[i + 1] ?? '');
      if (!head || !delimiter || delimiter.length !== head.length) return undefined;
      const align: Align[] = [];
      for (const cell of delimiter) {
        const d = DELIMITER_CELL.exec(cell);
        if (!d) return undefined;
        align.push(d[1] && d[2] ? 'center' : d[1] ? 'left' : d[2] ? 'right' : undefined);
      }
      const parse = (cells: string[]) => cells.map((cell) => lineToInlines(cell, remoteImages));
      const headCells = parse(head);
      const rows: Inline[][][] = [];
      let j = i + 2;
      for (; j < lines.length && !isBlank(lines[j]); j += 1) {
        const cells = tableCells(lines[j]!);
        if (!cells || cells.length !== head.length) return undefined;
        const parsed = parse(cells);
        if (parsed.some((c) => c === undefined)) return undefined;
        rows.push(parsed as Inline[][]);
      }
      if (headCells.some((c) => c === undefined || c.length === 0) || !endsAt(j)) return undefined;
      blocks.push({ kind: 'table', align, head: headCells as Inline[][], rows });
      i = j;
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      // One paragraph, every line marked; a line without `>` would continue it lazily.
      flush();
      const quoted: Inline[][] = [];
      let j = i;
      for (; j < lines.length && !isBlank(lines[j]); j += 1) {
        const q = QUOTE.exec(lines[j]!);
        // Inside, the paragraph's rules: no line that would open a block or underline a heading.
        if (!q || ITEM_BLOCK.test(q[1]!) || BLOCK_START.test(q[1]!) || q[1]!.startsWith('|')) return undefined;
        const inlines = lineToInlines(q[1]!, remoteImages);
        if (!inlines) return undefined;
        quoted.push(inlines);
      }
      blocks.push({ kind: 'quote', lines: quoted });
      i = j;
      continue;
    }
    // After a paragraph line `---` underlines it as a heading: a rule only after a blank line or a block.
    if (RULE.test(line) && paragraph.length === 0) {
      blocks.push({ kind: 'rule' });
      i += 1;
      continue;
    }
    if (BLOCK_START.test(line)) return undefined;
    const inlines = lineToInlines(line, remoteImages);
    if (!inlines) return undefined;
    paragraph.push(inlines);
    i += 1;
  }
  flush();
  return blocks;
}

/** A heading's text as Astro's heading ids read it: the text of every node, markup left out. */
function inlinesToText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.kind === 'image' ? '' : n.kind === 'link' ? inlinesToText(n.children) : n.text)).join('');
}

/** Plain prose: only paragraphs of text and `#` headings, as most reprints are (the bench counts them). */
export function isPlainProse(body: string): boolean {
  const blocks = simpleMarkdownBlocks(body);
  return (
    blocks !== undefined &&
    blocks.every(
      (b) =>
        (b.kind === 'heading' || b.kind === 'paragraph') &&
        (b.kind === 'heading' ? [b.inlines] : b.lines).every((l) => l.every((n) => n.kind === 'text')),
    )
  );
}

export interface SimpleHtmlOptions {
  /** The deploy base, prefixed to root-relative links and images (rehype-base-links.ts); `/` or none leaves them. */
  base?: string | undefined;
  /** Marks links leaving this host as rehype-mark-external.ts does; `false`: no marks (the search index's HTML). */
  external?: { siteHost: string | undefined } | false;
  /** The `id` of a heading, from its text (Astro's heading ids); none by default. */
  headingId?: ((text: string) => string) | undefined;
}

/** An attribute's value as the HTML writer gives it: of the characters allowed here, only `&` is escaped. */
const attribute = (value: string) => value.replaceAll('&', '&#x26;');

function withBase(url: string, base: string | undefined): string {
  const prefix = base && base !== '/' ? base.replace(/\/$/, '') : '';
  if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

function isExternal(href: string, siteHost: string | undefined): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== siteHost;
  } catch {
    return false;
  }
}

function inlinesToHtml(nodes: readonly Inline[], options: SimpleHtmlOptions): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.text;
        case 'strong':
          return `<strong>${n.text}</strong>`;
        case 'em':
          return `<em>${n.text}</em>`;
        case 'image': {
          const title = n.title !== undefined ? ` title="${n.title}"` : '';
          return `<img src="${attribute(withBase(n.src, options.base))}" alt="${n.alt}"${title}>`;
        }
        case 'link': {
          const title = n.title !== undefined ? ` title="${n.title}"` : '';
          const mark =
            options.external && isExternal(n.href, options.external.siteHost)
              ? ' rel="external nofollow noopener noreferrer" data-external=""'
              : '';
          return `<a href="${attribute(withBase(n.href, options.base))}"${title}${mark}>${inlinesToHtml(n.children, options)}</a>`;
        }
      }
    })
    .join('');
}

const ALIGN = (a: Align) => (a ? ` align="${a}"` : '');

/** The blocks as the site's Markdown pipeline writes them. */
export function simpleBlocksToHtml(blocks: readonly SimpleBlock[], options: SimpleHtmlOptions = {}): string {
  const inline = (nodes: readonly Inline[]) => inlinesToHtml(nodes, options);
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return `<p>${b.lines.map(inline).join('\n')}</p>`;
        case 'heading': {
          const id = options.headingId ? ` id="${options.headingId(b.text)}"` : '';
          return `<h${b.depth}${id}>${inline(b.inlines)}</h${b.depth}>`;
        }
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
          const sublist = (n: NestedList | undefined) => {
            if (!n) return '';
            const subTag = n.ordered ? 'ol' : 'ul';
            return `\n<${subTag}>\n${n.items.map((item) => `<li>${inline(item)}</li>\n`).join('')}</${subTag}>\n`;
          };
          const li = b.loose
            ? (item: Inline[]) => `<li>\n<p>${inline(item)}</p>\n</li>\n`
            : (item: Inline[], i: number) => `<li>${inline(item)}${sublist(b.nested?.[i])}</li>\n`;
          return `<${tag}${start}>\n${b.items.map(li).join('')}</${tag}>`;
        }
        case 'quote':
          return `<blockquote>\n<p>${b.lines.map(inline).join('\n')}</p>\n</blockquote>`;
        case 'rule':
          return '<hr>';
        case 'table': {
          const row = (cells: readonly Inline[][], tag: 'th' | 'td') =>
            `<tr>\n${cells.map((c, i) => `<${tag}${ALIGN(b.align[i])}>${inline(c)}</${tag}>\n`).join('')}</tr>`;
          const body = b.rows.length > 0 ? `\n<tbody>\n${b.rows.map((r) => row(r, 'td')).join('\n')}\n</tbody>` : '';
          return `<table>\n<thead>\n${row(b.head, 'th')}\n</thead>${body}\n</table>`;
        }
      }
    })
    .join('\n');
}
