import { resolve, sep } from 'node:path';
import type { ContentProblem } from '../../../../src/schemas/problems.ts';

/**
 * MDX is code that runs at build time and can put script on the page, so it is held to
 * rules: components only from `src/components`, no `export`, no `<script>`, no event
 * handlers, no `dangerouslySetInnerHTML`, no `javascript:` URLs.
 */
export function checkMdx(file: string, absolute: string, body: string, bodyLine: number, root: string): ContentProblem[] {
  const components = resolve(root, 'src', 'components') + sep;
  const problems: ContentProblem[] = [];
  const report = (line: number, column: number, message: string) =>
    problems.push({ file, field: 'body', severity: 'error', line: bodyLine + line, column, message });
  body.split('\n').forEach((text, i) => {
    const imp = /^\s*import\s[^'"]*['"]([^'"]+)['"]/.exec(text);
    if (imp) {
      const target = imp[1] ?? '';
      const resolved = target.startsWith('.')
        ? resolve(absolute, '..', target)
        : target.startsWith('/')
          ? resolve(root, target.slice(1))
          : target;
      if (!resolved.startsWith(components)) {
        report(
          i,
          1,
          `MDX 只能引入 src/components 中的组件。\`${target}\` is outside src/components: MDX may import only the site's own components; move the component there or write the content as Markdown.`,
        );
      }
    }
    if (/^\s*export\s/.test(text))
      report(i, 1, 'MDX 中不允许 `export`。`export` runs code at build time: remove it; put data in the frontmatter.');
    const checks: [RegExp, string][] = [
      [/<script\b/i, 'MDX 中不允许 `<script>`。Remove the script: articles never carry their own JavaScript.'],
      [/\son[A-Z]?[a-z]+\s*=/, '不允许事件处理属性。Remove the event-handler attribute (`onClick`, `onload`, …).'],
      [/dangerouslySetInnerHTML/, '不允许 `dangerouslySetInnerHTML`。Remove it: write the content as Markdown.'],
      [/javascript:/i, '不允许 `javascript:` 链接。Replace the `javascript:` URL with an http(s) link.'],
    ];
    for (const [re, message] of checks) {
      const m = re.exec(text);
      if (m) report(i, m.index + 1, message);
    }
  });
  return problems;
}
