import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFileAtomic } from './write-atomic.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhuanzai-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  test('creates folders, refuses to replace without overwrite, and leaves no temporary file', async () => {
    const path = join(dir, 'a/b/c.md');
    await writeFileAtomic(path, '一', false);
    await expect(writeFileAtomic(path, '二', false)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('一');
    await writeFileAtomic(path, '三', true);
    expect(await readFile(path, 'utf8')).toBe('三');
    expect(await readdir(join(dir, 'a/b'))).toEqual(['c.md']);
  });
});
