import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dataStoreFromDisk } from './data-store-from-disk.ts';

describe('dataStoreFromDisk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-data-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'data-store.json');
  const store = [{ articles: 1 }, 'entry'];
  writeFileSync(file, JSON.stringify(store));
  const transform = (code: string, id: string, target = file) => {
    const hook = dataStoreFromDisk(target).transform as { handler: (code: string, id: string) => { code: string } | null };
    return hook.handler(code, id);
  };
  const inlined = `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

  test('replaces the inlined store with a module that reads the same store from its file', async () => {
    const out = transform(inlined, '\0astro:data-layer-content');
    expect(out?.code).not.toContain('"entry"');
    const module = (await import(`data:text/javascript,${encodeURIComponent(out!.code)}`)) as { default: unknown };
    expect(module.default).toEqual(store);
  });

  test('leaves other modules, the chunked store and a missing file to Astro', () => {
    expect(transform(inlined, '\0astro:content')).toBeNull();
    expect(
      transform('export default{"articles":[(await import("astro:data-layer-content-chunk:0.json"))]}', '\0astro:data-layer-content'),
    ).toBeNull();
    expect(transform(inlined, '\0astro:data-layer-content', join(dir, 'missing.json'))).toBeNull();
  });
});
