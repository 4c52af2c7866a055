import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { toFrontmatter } from './frontmatter.ts';

describe('toFrontmatter', () => {
  test('returns keys in the editors’ order and round-trips through gray-matter', () => {
    const text = toFrontmatter({ category: '廉政舆情', title: 'A: B', date: '2024-04-18', source: '新华社', editor: undefined });
    expect(text).toBe('---\ntitle: "A: B"\ndate: 2024-04-18\nsource: 新华社\ncategory: 廉政舆情\n---\n');
    expect(matter(`${text}\n正文`, {}).data).toEqual({
      title: 'A: B',
      date: new Date('2024-04-18T00:00:00Z'),
      source: '新华社',
      category: '廉政舆情',
    });
  });
});
