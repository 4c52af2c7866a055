import { assemble } from './assemble.ts';
import { buildPart } from './build-part.ts';
import { distributedBuildFromArgs } from './distributed.ts';

/**
 * Runs `--part K/N` or `--assemble <dir>` when the arguments ask for one, and returns its exit
 * status; undefined for a one-machine build. A bad argument exits with status 2 and says why.
 */
export async function runDistributedBuild({
  root,
  contentDir,
  outDir,
  argv,
}: {
  root: string;
  contentDir: string;
  outDir: string;
  argv: readonly string[];
}): Promise<number | undefined> {
  let build;
  try {
    build = distributedBuildFromArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  if (build?.kind === 'part') return buildPart({ root, contentDir, part: build.part, partsDir: build.partsDir });
  if (build?.kind === 'assemble') return assemble({ root, contentDir, outDir, partsDir: build.partsDir });
  return undefined;
}
