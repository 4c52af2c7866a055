import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findScheduled, publicationNow } from './scheduled.ts';

function article(dir: string, name: string, extra: string) {
  writeFileSync(join(dir, name), `---\ntitle: 标题\ndate: 2024-01-01\n${extra}---\n\n正文。\n`);
}

describe('findScheduled', () => {
  test('returns future articles soonest first, leaving out published ones and drafts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'zhuanzai-sched-'));
    const dir = join(root, 'articles', '2024', '01');
    mkdirSync(dir, { recursive: true });
    article(dir, 'later.md', 'published: 2024-07-01\n');
    article(dir, 'sooner.md', "published: '2024-06-01 18:00'\n");
    article(dir, 'past.md', 'published: 2024-05-01\n');
    article(dir, 'draft.md', 'published: 2024-06-02\ndraft: true\n');
    article(dir, 'plain.md', '');
    expect(await findScheduled(root, root, '2024-06-01 12:00')).toEqual([
      { file: 'articles/2024/01/sooner.md', published: '2024-06-01 18:00' },
      { file: 'articles/2024/01/later.md', published: '2024-07-01' },
    ]);
  });
});

describe('publicationNow', () => {
  test('returns ZHUANZAI_NOW when set', () => {
    expect(publicationNow({ ZHUANZAI_NOW: '2024-06-01 12:00' })).toBe('2024-06-01 12:00');
  });
  test('returns a Shanghai minute otherwise', () => {
    expect(publicationNow({})).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
