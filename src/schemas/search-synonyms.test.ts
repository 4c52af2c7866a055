import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem } from './problems.ts';
import { parseSiteData, type SiteDataFiles } from './site-data.ts';

const base: SiteDataFiles = {
  site: { file: 'content/site.yaml', text: readFileSync('content/site.yaml', 'utf8') },
  columns: { file: 'content/columns.yaml', text: readFileSync('content/columns.yaml', 'utf8') },
  sources: { file: 'content/sources.yaml', text: readFileSync('content/sources.yaml', 'utf8') },
};

function problemsOf(text: string): string[] {
  const result = parseSiteData({ ...base, synonyms: { file: 'content/search-synonyms.yaml', text } });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('search-synonyms.yaml', () => {
  test('the shipped register is valid and holds at least 100 groups', () => {
    const result = parseSiteData({
      ...base,
      synonyms: { file: 'content/search-synonyms.yaml', text: readFileSync('content/search-synonyms.yaml', 'utf8') },
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.synonyms.length).toBeGreaterThanOrEqual(100);
    expect(result.ok && result.data.synonyms.find((g) => g.includes('创文'))).toEqual([
      '创文',
      '创城',
      '创建文明城市',
      '文明城市创建',
      '创建全国文明城市',
    ]);
  });

  test('a missing register is an empty one', () => {
    const result = parseSiteData(base);
    expect(result.ok && result.data.synonyms).toEqual([]);
  });

  test('names the file, the line and the fix for each bad entry', () => {
    expect(problemsOf('- [工信部, 工业和信息化部]\n- [发改委]\n- [国, 国家]\n- [央行, 人民银行, 央行]\n- [工信部, 工信]\n')).toEqual([
      'content/search-synonyms.yaml:2:3  1  每组至少两种写法。A group needs at least two forms that mean the same, e.g. [工信部, 工业和信息化部].',
      'content/search-synonyms.yaml:3:4  2.0  写法至少两个字：单字会匹配几乎所有文章。A form needs at least two characters: one character would match almost every article.',
      'content/search-synonyms.yaml:4:14  3.2  “央行”在本组重复。"央行" repeats in this group: remove one.',
      'content/search-synonyms.yaml:5:4  4.0  “工信部”已在第 1 组。"工信部" already stands in group 1: merge the two groups into one.',
    ]);
  });

  test('reports a YAML syntax error with its line', () => {
    expect(problemsOf('- [工信部, 工业和信息化部\n- [发改委, 发展改革委]\n')[0]).toMatch(
      /^content\/search-synonyms\.yaml:\d+:\d+ {2}- {2}YAML 格式错误：/,
    );
  });
});
