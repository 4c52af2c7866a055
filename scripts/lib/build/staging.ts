import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A sibling folder of `outDir` to build into, so a failed build never touches `outDir`. */
export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
}

/**
 * Puts a finished build in place: the old output is moved aside, the staging folder renamed
 * to `outDir`, and only then the old output removed (`background`: by a detached process, so the
 * build can end). Renames within one folder are atomic.
 */
export async function swapIn(
  stagingDir: string,
  outDir: string,
  { removeOld = 'now' }: { removeOld?: 'now' | 'background' } = {},
): Promise<void> {
  const old = `${stagingDir}.old`;
  await rm(old, { recursive: true, force: true });
  let hadOld = true;
  try {
    await rename(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  await rename(stagingDir, outDir);
  if (!hadOld) return;
  if (removeOld === 'now') await rm(old, { recursive: true, force: true });
  // The new output is in place: deleting tens of thousands of old files need not hold up the build.
  else removeDetached(old);
}

/** Removes `dir` by a detached process, so that the build can end meanwhile. */
function removeDetached(dir: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}

/**
 * Moves `dir` out of the way at once (a rename within its folder) and removes it in the
 * background: an unused copy of a large output holds hundreds of thousands of links. Nothing when
 * it does not exist.
 */
export async function removeInBackground(dir: string): Promise<void> {
  const aside = `${dir}.unused`;
  await rm(aside, { recursive: true, force: true });
  try {
    await rename(dir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  removeDetached(aside);
}
