import { describe, expect, test } from 'vitest';
import { linesToPhases } from './phases.ts';

describe('linesToPhases', () => {
  test('returns each phase as the time between its marker lines, and the search time as reported', () => {
    const lines = [
      { at: 1500, text: 'Checked 8 article file(s) in 1.4 s.' },
      { at: 1550, text: 'Full build (no earlier build recorded).' },
      { at: 1700, text: 'Planned in 0.2 s.' },
      { at: 1800, text: 'Indexing 1 search shard(s) (one index) while the pages build…' },
      { at: 2500, text: '02:26:53 [content] Syncing content' },
      { at: 4000, text: '02:26:56 [content] Synced content' },
      { at: 4100, text: '02:26:56 [build] ✓ Completed in 1.02s.' },
      { at: 6000, text: ' generating static routes ' },
      { at: 6001, text: '02:26:58   ├─ /index.html (+3ms) ' },
      { at: 9000, text: '02:27:01 \x1b[32m✓ Completed in 3s.\x1b[39m' },
      { at: 9100, text: '02:27:01 [build] ✓ Completed in 3.1s.' },
      { at: 9600, text: 'Pages built in 8.0 s.' },
      { at: 11600, text: 'Indexed 8 pages for search (one index) in 10.0 s.' },
      { at: 11900, text: 'Built 8 article file(s) into /tmp/dist.' },
    ];
    expect(linesToPhases(lines, 12000)).toEqual({
      check: 1500,
      plan: 200,
      startup: 800,
      content: 1500,
      bundle: 2000,
      render: 3000,
      pagesFinish: 600,
      search: 10000,
      searchWait: 2000,
      finish: 400,
    });
  });
});
