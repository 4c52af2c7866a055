import { describe, expect, test } from 'vitest';
import { findScheduled, publicationNow } from './scheduled.ts';

describe('findScheduled', () => {
  test('returns future articles soonest first, leaving out published ones and drafts', () => {
    const article = (name: string, data: { published?: string; draft?: boolean }) => ({
      file: `content/articles/2024/01/${name}.md`,
      data: { draft: false, ...data },
    });
    const articles = [
      article('later', { published: '2024-07-01' }),
      article('sooner', { published: '2024-06-01 18:00' }),
      article('past', { published: '2024-05-01' }),
      article('draft', { published: '2024-06-02', draft: true }),
      article('plain', {}),
    ];
    expect(findScheduled(articles, '2024-06-01 12:00')).toEqual([
      { file: 'content/articles/2024/01/sooner.md', published: '2024-06-01 18:00' },
      { file: 'content/articles/2024/01/later.md', published: '2024-07-01' },
    ]);
  });
});

describe('publicationNow', () => {
  test('returns ZHUANZAI_NOW when set', () => {
    expect(publicationNow({ ZHUANZAI_NOW: '2024-06-01 12:00' })).toBe('2024-06-01 12:00');
  });
  test('refuses a setting in another form, naming the variable, the value and the form', () => {
    expect(() => publicationNow({ ZHUANZAI_NOW: '2026-12-07T23:00:00+08:00' })).toThrow(
      'ZHUANZAI_NOW must be YYYY-MM-DD or YYYY-MM-DD HH:mm (Beijing time), got "2026-12-07T23:00:00+08:00": fix it or unset it.',
    );
    expect(publicationNow({ ZHUANZAI_NOW: '2024-06-01' })).toBe('2024-06-01');
  });
  test('refuses a day the calendar does not have', () => {
    expect(() => publicationNow({ ZHUANZAI_NOW: '2024-02-30' })).toThrow('got "2024-02-30": fix it or unset it.');
  });
  test('returns a Shanghai minute otherwise', () => {
    expect(publicationNow({})).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
