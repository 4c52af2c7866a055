import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project; `node_modules` is linked, not copied. */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** Caches a build writes under `node_modules/`: a copy with caches of its own starts without them. */
const CACHES = new Set(['.cache', '.astro', '.vite', '.vite-temp']);

/**
 * Copies the project's build inputs into `dir`, so a benchmark build never touches the
 * worktree's `.astro/`, `dist/` or content cache, and can run beside the tests. `node_modules`
 * is linked; with `ownCaches` it is a folder of links to every package, without the caches
 * (`node_modules/.cache`, `.astro`, `.vite`): a build there starts as in a fresh clone.
 */
export function copyProject(root: string, dir: string, { ownCaches = false }: { ownCaches?: boolean } = {}): void {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true, filter: (src) => !src.includes('.test.') });
  }
  if (!ownCaches) {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return;
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}
