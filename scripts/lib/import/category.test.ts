import { describe, expect, test } from 'vitest';
import { breadcrumbToCategory } from './category.ts';

describe('breadcrumbToCategory', () => {
  const columns = ['廉政舆情', '时政要闻'];
  test('returns the known column a breadcrumb names', () => {
    expect(breadcrumbToCategory(['当前所在:首页 > 廉政舆情 > 正文'], columns)).toBe('廉政舆情');
    expect(breadcrumbToCategory(['首页>>时政要闻>>正文'], columns)).toBe('时政要闻');
  });

  test('returns undefined when no part is a known column', () => {
    expect(breadcrumbToCategory(['首页 > 国内 > 正文', '廉政舆情'], columns)).toBeUndefined();
  });
});
