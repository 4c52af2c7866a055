import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { createArticleSchema, ARTICLE_KEYS } from '../schemas/article.ts';
import type { Column } from '../schemas/columns.ts';
import { labelled } from '../schemas/fields.ts';
import type { Source } from '../schemas/sources.ts';
import { ARTICLE_DATE_PATTERN, schemaToCmsFields } from './cms-fields.ts';

const columns: Column[] = [
  { name: '时政要闻', slug: 'shizheng', order: 1, description: '' },
  { name: '廉政舆情', slug: 'lianzheng-yuqing', order: 2, description: '' },
];
const sources: Source[] = [
  { name: '新华社', slug: 'xinhua', aliases: ['新华网'], kind: '中央新闻单位' },
  { name: '人民日报', slug: 'renmin-ribao', aliases: [], kind: '中央新闻单位' },
];
const schema = createArticleSchema({ columns, sources });

describe('schemaToCmsFields', () => {
  test('returns one field per frontmatter key, in the schema’s order, each with a Chinese label and hint', () => {
    const fields = schemaToCmsFields(schema);
    expect(fields.map((f) => f.name)).toEqual([...ARTICLE_KEYS]);
    for (const f of fields) {
      expect(f.label, f.name).toMatch(/\p{Script=Han}/u);
      expect(f.hint, f.name).toMatch(/\p{Script=Han}/u);
    }
  });

  test('returns the required fields required, selects of the registers, and dates as typed text', () => {
    const byName = new Map(schemaToCmsFields(schema).map((f) => [f.name, f]));
    expect([...byName.values()].filter((f) => f.required).map((f) => f.name)).toEqual([
      'title',
      'date',
      'source',
      'originalUrl',
      'category',
    ]);
    expect(byName.get('category')).toMatchObject({ widget: 'select', options: ['时政要闻', '廉政舆情'] });
    expect(byName.get('source')).toMatchObject({ widget: 'select', options: ['新华社', '人民日报'] });
    expect(byName.get('date')).toMatchObject({ widget: 'string', pattern: ARTICLE_DATE_PATTERN });
    expect(byName.get('published')).toMatchObject({ widget: 'string', pattern: ARTICLE_DATE_PATTERN, required: false });
    expect(byName.get('author')).toMatchObject({ widget: 'string', default: '佚名', required: false });
    expect(byName.get('tags')).toMatchObject({ widget: 'list', required: false });
    expect(byName.get('abridged')).toMatchObject({ widget: 'string', required: false });
    expect(byName.get('draft')).toMatchObject({ widget: 'boolean', required: false });
    expect(byName.get('canonical')).toMatchObject({ widget: 'select', options: ['self', 'original', 'noindex'] });
    expect(byName.get('summary')).toMatchObject({ widget: 'text' });
  });

  test('returns `withdrawn` as its three fields, optional inside the optional record', () => {
    const withdrawn = schemaToCmsFields(schema).find((f) => f.name === 'withdrawn');
    expect(withdrawn).toMatchObject({ widget: 'object', required: false, collapsed: true });
    expect(withdrawn?.fields?.map((f) => [f.name, f.label, f.widget, f.required])).toEqual([
      ['date', '删除日期', 'string', false],
      ['reason', '删除原因', 'string', false],
      ['received', '收到请求日期', 'string', false],
    ]);
  });

  test('returns a field added to the schema with no other change', () => {
    const extended = schema.extend({
      reviewer: labelled(z.string().optional(), { title: '审核人', description: '审核这篇转载的人。' }),
      wordCount: z.number().optional(),
    });
    expect(schemaToCmsFields(extended).slice(-2)).toEqual([
      { name: 'reviewer', label: '审核人', hint: '审核这篇转载的人。', widget: 'string', required: false },
      { name: 'wordCount', label: 'wordCount', widget: 'number', required: false },
    ]);
  });
});
