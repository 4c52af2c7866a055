import { totalmem } from 'node:os';
import { describe, expect, test } from 'vitest';
import { astroNodeEnv, astroNodeOptions } from './astro-child.ts';

describe('astroNodeOptions', () => {
  test("gives Astro half the machine's memory (4 GB at least), after the caller's options", () => {
    const heap = Math.max(4096, Math.floor(totalmem() / 2 ** 21));
    expect(astroNodeOptions({})).toBe(`--max-old-space-size=${heap}`);
    expect(astroNodeOptions({ NODE_OPTIONS: '--trace-warnings' })).toBe(`--trace-warnings --max-old-space-size=${heap}`);
  });
});

describe('astroNodeEnv', () => {
  test('adds the compile cache under node_modules/.cache, unless the caller names one', () => {
    const heap = Math.max(4096, Math.floor(totalmem() / 2 ** 21));
    expect(astroNodeEnv('/p', {})).toEqual({
      NODE_OPTIONS: `--max-old-space-size=${heap}`,
      NODE_COMPILE_CACHE: '/p/node_modules/.cache/zhuanzai/node-compile',
    });
    expect(astroNodeEnv('/p', { NODE_COMPILE_CACHE: '/c' }).NODE_COMPILE_CACHE).toBe('/c');
  });
});
