import { totalmem } from 'node:os';
import { describe, expect, test } from 'vitest';
import { astroNodeOptions } from './astro-child.ts';

describe('astroNodeOptions', () => {
  test("gives Astro half the machine's memory (4 GB at least), after the caller's options", () => {
    const heap = Math.max(4096, Math.floor(totalmem() / 2 ** 21));
    expect(astroNodeOptions({})).toBe(`--max-old-space-size=${heap}`);
    expect(astroNodeOptions({ NODE_OPTIONS: '--trace-warnings' })).toBe(`--trace-warnings --max-old-space-size=${heap}`);
  });
});
