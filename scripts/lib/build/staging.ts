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
  else {
    // The new output is in place: deleting tens of thousands of old files need not hold up the build.
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', old], {
      detached: true,
      stdio: 'ignore',
    });
    child.unref();
  }
}
