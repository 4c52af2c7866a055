import { describe, expect, test } from 'vitest';
import { findDuplicateSlugs } from './duplicate-slugs.ts';

describe('findDuplicateSlugs', () => {
  test('reports two files making one URL as an error and a slug reused in another month as a warning', () => {
    const problems = findDuplicateSlugs([
      { file: 'articles/2024/04/x.md', id: '2024/04/x' },
      { file: 'articles/2024/04/x.mdx', id: '2024/04/x' },
      { file: 'articles/2024/05/x.md', id: '2024/05/x' },
      { file: 'articles/2024/05/y.md', id: '2024/05/y' },
    ]);
    expect(problems.map((p) => [p.file, p.severity])).toEqual([
      ['articles/2024/04/x.mdx', 'error'],
      ['articles/2024/05/x.md', 'warning'],
    ]);
    expect(problems[0]?.message).toBe(
      '与 articles/2024/04/x.md 的网址相同（/articles/2024/04/x/）。Both files make the URL /articles/2024/04/x/: rename or delete one of them.',
    );
  });
});
