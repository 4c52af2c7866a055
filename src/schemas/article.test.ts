import { describe, expect, test } from 'vitest';
import { createArticleSchema } from './article.ts';
import type { Column } from './columns.ts';
import type { Source } from './sources.ts';

const columns: Column[] = [
  { name: '廉政舆情', slug: 'lianzheng-yuqing', order: 1, description: '' },
  { name: '时政要闻', slug: 'shizheng', order: 2, description: '' },
];
const sources: Source[] = [
  { name: '中共辽宁省委组织部', slug: 'ln-zuzhibu', aliases: [], kind: '党委部门' },
  { name: '新华社', slug: 'xinhua', aliases: ['新华网'], kind: '中央新闻单位' },
];
const schema = createArticleSchema({ columns, sources });

/** The seed reprint's frontmatter as YAML hands it over (an unquoted date is a Date). */
const seed = {
  title: '播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实',
  date: new Date('2024-04-18T00:00:00Z'),
  source: '中共辽宁省委组织部',
  author: '佚名',
  originalUrl: 'https://lndj.gov.cn/portaluploads/html/info/50012.html',
  category: '廉政舆情',
};

function messages(input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.') || '(keys)'}: ${i.message}`);
}

function without(key: keyof typeof seed) {
  const copy: Record<string, unknown> = { ...seed };
  delete copy[key];
  return copy;
}

describe('createArticleSchema', () => {
  test('returns the seed frontmatter with defaults filled in', () => {
    expect(schema.parse(seed)).toEqual({
      ...seed,
      date: '2024-04-18',
      tags: [],
      abridged: false,
      draft: false,
      redirectFrom: [],
    });
  });

  test('returns the canonical source for an alias', () => {
    expect(schema.parse({ ...seed, source: '新华网' }).source).toBe('新华社');
  });

  test('defaults author to 佚名', () => {
    expect(schema.parse(without('author')).author).toBe('佚名');
  });

  test('reports a missing title', () => {
    expect(messages(without('title'))).toMatchInlineSnapshot(`
      [
        "title: 缺少必填字段 \`title\`（标题）。Missing required field \`title\`: add \`title: 播下“文明种” 盛开“幸福花”\`.",
      ]
    `);
  });

  test('reports a missing date', () => {
    expect(messages(without('date'))).toMatchInlineSnapshot(`
      [
        "date: 缺少必填字段 \`date\`（发布时间）。Missing required field \`date\`: add \`date: 2024-04-18\` or \`date: 2024-04-18 09:30\` (北京时间).",
      ]
    `);
  });

  test('reports a missing source', () => {
    expect(messages(without('source'))).toMatchInlineSnapshot(`
      [
        "source: 缺少必填字段 \`source\`（来源）。Missing required field \`source\`: add \`source: 新华社\`.",
      ]
    `);
  });

  test('reports a missing originalUrl', () => {
    expect(messages(without('originalUrl'))).toMatchInlineSnapshot(`
      [
        "originalUrl: 缺少必填字段 \`originalUrl\`（原文链接）。Missing required field \`originalUrl\`: add \`originalUrl: https://www.gov.cn/…\`.",
      ]
    `);
  });

  test('reports a missing category', () => {
    expect(messages(without('category'))).toMatchInlineSnapshot(`
      [
        "category: 缺少必填字段 \`category\`（栏目）。Missing required field \`category\`: add \`category: 廉政舆情\`.",
      ]
    `);
  });

  test('reports every problem at once, with hints for misspelt and Chinese keys', () => {
    const { originalUrl, source, ...rest } = seed;
    expect(messages({ ...rest, original_url: originalUrl, 来源: source, originalURL: originalUrl })).toMatchInlineSnapshot(`
      [
        "source: 缺少必填字段 \`source\`（来源）。Missing required field \`source\`: add \`source: 新华社\`.",
        "originalUrl: 缺少必填字段 \`originalUrl\`（原文链接）。Missing required field \`originalUrl\`: add \`originalUrl: https://www.gov.cn/…\`.",
        "(keys): 未知字段 \`original_url\`，是否应为 \`originalUrl\`？Unknown key \`original_url\`: did you mean \`originalUrl\`? Rename it.
      未知字段 \`来源\`，是否应为 \`source\`？Unknown key \`来源\`: did you mean \`source\`? Rename it.
      未知字段 \`originalURL\`，是否应为 \`originalUrl\`？Unknown key \`originalURL\`: did you mean \`originalUrl\`? Rename it.",
      ]
    `);
  });

  test('reports an unknown column with the known ones', () => {
    expect(messages({ ...seed, category: '廉政' })).toMatchInlineSnapshot(`
      [
        "category: 未知栏目 "廉政"。Unknown column "廉政": use one of 廉政舆情、时政要闻, or add it to content/columns.yaml.",
      ]
    `);
  });

  test('reports an unknown source with the closest known ones', () => {
    expect(messages({ ...seed, source: '新华日报' })).toMatchInlineSnapshot(`
      [
        "source: 未知来源 "新华日报"。Unknown source "新华日报": add it to content/sources.yaml (name, slug, aliases), or use a known one such as 新华社、新华网、中共辽宁省委组织部.",
      ]
    `);
  });

  test('reports originalUrl values that are not http(s) or carry credentials', () => {
    expect(messages({ ...seed, originalUrl: 'javascript:alert(1)' })[0]).toContain('Only http:// and https:// are allowed');
    expect(messages({ ...seed, originalUrl: 'https://user:pw@www.gov.cn/a' })[0]).toContain('remove the `user:password@` part');
    expect(messages({ ...seed, originalUrl: 'www.gov.cn/a' })[0]).toContain('It is not an absolute URL');
  });

  test('accepts an IDN host in originalUrl', () => {
    expect(schema.parse({ ...seed, originalUrl: 'http://中国政府网.政务/a' }).originalUrl).toBe('http://中国政府网.政务/a');
  });

  test('accepts a date with a time and reports an impossible one', () => {
    expect(schema.parse({ ...seed, date: '2024-04-18 09:30' }).date).toBe('2024-04-18 09:30');
    expect(messages({ ...seed, date: '2024-02-30' })).toMatchInlineSnapshot(`
      [
        "date: \`date\`（发布时间）的值 "2024-02-30" 不是有效日期。\`date\` must be a real date written \`YYYY-MM-DD\` or \`YYYY-MM-DD HH:mm\` (北京时间), e.g. \`date: 2024-04-18\`.",
      ]
    `);
  });

  test('folds NBSP and zero-width characters out of titles', () => {
    expect(schema.parse({ ...seed, title: '\u200b标题\u00a0一' }).title).toBe('标题 一');
  });

  test('reports a title that is only whitespace', () => {
    expect(messages({ ...seed, title: '  \u200b ' })).toEqual([
      'title: `title`（标题）不能为空。`title` is empty: write e.g. `title: 播下“文明种” 盛开“幸福花”`.',
    ]);
  });

  test('normalises redirectFrom paths and refuses full URLs', () => {
    expect(schema.parse({ ...seed, redirectFrom: ['/articles/2024/04/old-name'] }).redirectFrom).toEqual(['/articles/2024/04/old-name/']);
    expect(messages({ ...seed, redirectFrom: ['https://x.cn/a/'] })).toMatchInlineSnapshot(`
      [
        "redirectFrom.0: \`redirectFrom\` 中的 "https://x.cn/a/" 不是本站路径。"https://x.cn/a/" is not a path on this site: write the old address without the domain, e.g. \`/articles/2023/01/old-name/\` (ASCII only).",
      ]
    `);
  });

  test('reads a takedown record', () => {
    const parsed = schema.parse({ ...seed, withdrawn: { date: '2024-05-01', reason: '应权利人要求删除' } });
    expect(parsed.withdrawn).toEqual({ date: '2024-05-01', reason: '应权利人要求删除' });
  });
});
