import { describe, expect, test } from 'vitest';
import type { Source } from '../../../src/schemas/sources.ts';
import { resolveSource } from './resolve-source.ts';

const sources: Source[] = [
  { name: '新华社', slug: 'xinhua', aliases: ['新华网'], kind: '中央新闻单位' },
  { name: '人民日报', slug: 'renmin-ribao', aliases: ['人民网'], kind: '中央新闻单位' },
  { name: '光明日报', slug: 'guangming-ribao', aliases: ['光明网'], kind: '中央新闻单位' },
];

describe('resolveSource', () => {
  test('returns the canonical name for an alias', () => {
    expect(resolveSource('新华网', sources)).toEqual({ known: true, name: '新华社', alias: true });
  });

  test('returns the registered part of a compound source', () => {
    expect(resolveSource('人民网－人民日报', sources)).toEqual({ known: true, name: '人民日报', alias: true });
    expect(resolveSource('光明网-《光明日报》', sources)).toEqual({ known: true, name: '光明日报', alias: true });
  });

  test('reports an unknown source with the line to add to sources.yaml', () => {
    const result = resolveSource('云南日报', sources);
    expect(result.known).toBe(false);
    expect(result.known === false && result.suggestion).toContain(
      '请在 content/sources.yaml 中添加（name: 云南日报, slug: yun-nan-ri-bao, aliases: []）',
    );
  });
});
