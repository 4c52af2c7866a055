import { describe, expect, test } from 'vitest';
import { linesToPhases } from './phases.ts';

describe('linesToPhases', () => {
  test('returns each phase as the time between its marker lines', () => {
    const lines = [
      { at: 1000, text: '02:26:53 [content] Syncing content' },
      { at: 4000, text: '02:26:56 [content] Synced content' },
      { at: 4100, text: '02:26:56 [build] ✓ Completed in 1.02s.' },
      { at: 6000, text: ' generating static routes ' },
      { at: 6001, text: '02:26:58   ├─ /index.html (+3ms) ' },
      { at: 9000, text: '02:27:01 \x1b[32m✓ Completed in 3s.\x1b[39m' },
      { at: 9100, text: '02:27:01 [build] ✓ Completed in 3.1s.' },
      { at: 9200, text: '02:27:01 [zhuanzai:pagefind] Indexing pages for search…' },
      { at: 19200, text: '02:27:11 [zhuanzai:pagefind] Indexed 8 pages for search (zh-cn) in 10.0 s.' },
    ];
    expect(linesToPhases(lines, 19500)).toEqual({ startup: 1000, content: 3000, bundle: 2000, render: 3000, search: 10000, finish: 300 });
  });
});
