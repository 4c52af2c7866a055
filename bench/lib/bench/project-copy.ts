import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project; `node_modules` is linked, not copied. */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * Copies the project's build inputs into `dir`, so a benchmark build never touches the
 * worktree's `.astro/`, `dist/` or content cache, and can run beside the tests.
 */
export function copyProject(root: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true, filter: (src) => !src.includes('.test.') });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
