import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeInBackground } from './staging.ts';

describe('removeInBackground', () => {
  test('moves the folder out of the way at once and removes it in a detached process; a missing folder is no error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhuanzai-remove-'));
    try {
      const staging = join(dir, '.dist.staging-1');
      for (let i = 0; i < 50; i++) {
        mkdirSync(join(staging, 'articles', String(i)), { recursive: true });
        writeFileSync(join(staging, 'articles', String(i), 'index.html'), `<p>${i}</p>`);
      }
      await removeInBackground(staging);
      expect(existsSync(staging)).toBe(false);
      const deadline = Date.now() + 10_000;
      while (existsSync(`${staging}.unused`) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
      expect(existsSync(`${staging}.unused`)).toBe(false);
      await expect(removeInBackground(join(dir, 'missing'))).resolves.toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
