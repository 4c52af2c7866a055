import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file through a temporary file in the same folder, so that a crash never leaves
 * half an article. Without `overwrite`, fails with EEXIST when the target exists, checked
 * atomically by hard-linking the temporary file into place.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, overwrite: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, data);
  try {
    if (overwrite) await rename(temp, path);
    else await link(temp, path);
  } finally {
    if (!overwrite) await unlink(temp).catch(() => undefined);
  }
}
