import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** The niceness of the copy's thread (Pagefind's behind the pages is 7: scripts/lib/search-index/indexer.ts). */
const LINK_NICENESS = 10;

/**
 * Hard-linking a listed copy of a folder (an incremental build's staging folder from the previous
 * output). Folder and link creation is metadata work the file system serialises: made 256 at a
 * time through libuv's four threads it was slower than one after another (at 100,000 articles,
 * 337,000 files in 125,000 folders: 17 s one by one; in batches, started during the content check,
 * a one-edit rebuild still waited 16 s for it after Astro had finished). So it is done one by
 * one, in a worker thread, and the build's event loop stays free.
 */

const KIND = 'zhuanzai-link-listed';

interface LinkJob {
  kind: typeof KIND;
  from: string;
  to: string;
  /** The files to link; undefined: the whole tree (`linkTree`). */
  files?: readonly string[] | undefined;
}

/** Hard-links the listed files of `from` (paths relative to it with `/`) into `to`, making their folders; copies across file systems. */
export function linkListedSync(from: string, to: string, files: readonly string[]): number {
  mkdirSync(to, { recursive: true });
  const made = new Set<string>();
  for (const file of files) {
    const at = file.lastIndexOf('/');
    if (at > 0) {
      const folder = file.slice(0, at);
      if (!made.has(folder)) {
        mkdirSync(join(to, folder), { recursive: true });
        made.add(folder);
      }
    }
    linkOrCopy(join(from, file), join(to, file));
  }
  return files.length;
}

/**
 * Visits every folder and file below `dir` by path relative to it with `/`, each folder before
 * what is in it; symbolic links are skipped. Folder by folder: Node's recursive readdir takes
 * twice as long (3.3 s against 1.6 s for the 336,844 files of a 100,000-article dist/).
 */
export function walkTree(dir: string, visit: (path: string, isFolder: boolean) => void, prefix = ''): void {
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      visit(path, true);
      walkTree(dir, visit, `${path}/`);
    } else if (entry.isFile()) visit(path, false);
  }
}

/** Hard-links a file, or copies it across file systems. */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(source, target);
  }
}

/**
 * Recreates `from` at `to` with hard links (copies across file systems): near instant, and safe
 * as long as nothing writes into a file in place (see `replaceFile`).
 */
export function linkTree(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let linked = 0;
  // Folders may exist already: the assembly links several parts into one folder.
  walkTree(from, (path, isFolder) => {
    if (isFolder) mkdirSync(join(to, path), { recursive: true });
    else {
      linkOrCopy(join(from, path), join(to, path));
      linked += 1;
    }
  });
  return linked;
}

/** `linkListedSync` in a worker thread: resolves to how many files it linked, rejects with the first error. */
export function linkListedAsync(from: string, to: string, files: readonly string[]): Promise<number> {
  return inWorker({ kind: KIND, from, to, files });
}

/** `linkTree` (the whole tree of `from`, read as it is linked) in a worker thread; resolves to how many files it linked. */
export function linkTreeAsync(from: string, to: string, signal?: AbortSignal): Promise<number> {
  return inWorker({ kind: KIND, from, to }, signal);
}

/** Runs a job in a worker thread; an abort stops the worker where it is (the caller removes what it made). */
function inWorker(job: LinkJob, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    let done = false;
    signal?.addEventListener('abort', () => {
      if (done) return;
      done = true;
      reject(new Error(`Linking ${job.from} into ${job.to} was stopped.`));
      void worker.terminate();
    });
    worker.once('message', (linked: number) => {
      done = true;
      resolve(linked);
    });
    worker.once('error', (error) => {
      done = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`Linking ${job.from} into ${job.to} stopped (exit code ${code}).`));
    });
  });
}

if (!isMainThread && (workerData as Partial<LinkJob> | undefined)?.kind === KIND) {
  // The copy has until the pages are written; the content check, which the plan and the pages wait
  // for, runs beside it on the same two cores. On Linux a niceness set here is this thread's alone.
  try {
    setPriority(LINK_NICENESS);
  } catch {
    // not permitted here: the copy runs at the build's priority
  }
  const { from, to, files } = workerData as LinkJob;
  parentPort?.postMessage(files ? linkListedSync(from, to, files) : linkTree(from, to));
}
