import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Every file and folder below `dirs`, as absolute paths. */
export function snapshotTree(dirs: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    seen.add(dir);
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) seen.add(join(entry.parentPath, entry.name));
  }
  return seen;
}

/**
 * Removes everything below `dirs` that was not in `before`: the files of an import that was
 * interrupted, their asset folders and temporary files. Synchronous on purpose: run from a
 * signal handler, no pending write can land between the scan and the removal.
 * Returns how many paths were removed.
 */
export function rollbackTree(dirs: readonly string[], before: ReadonlySet<string>): number {
  const added = [...snapshotTree(dirs)].filter((p) => !before.has(p));
  // Deepest first, so that a folder is empty by the time it is removed.
  added.sort((a, b) => b.length - a.length);
  for (const path of added) {
    try {
      rmSync(path, { force: true });
    } catch {
      try {
        rmdirSync(path);
      } catch {
        rmSync(path, { recursive: true, force: true });
      }
    }
  }
  return added.length;
}
