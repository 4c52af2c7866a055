import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PART_MANIFEST, partFolderName, type PartManifest } from './parts.ts';

export interface FoundPart {
  dir: string;
  manifest: PartManifest;
}

const PART_FOLDER = /^part-(\d+)-of-(\d+)$/;

/**
 * The finished parts in `partsDir`, by part number, or one message naming every part that is
 * missing or unfinished and what to do: an assembly never starts from an incomplete set.
 */
export function readParts(partsDir: string): { ok: true; parts: FoundPart[] } | { ok: false; error: string } {
  const build = '(npm run build -- --part K/N on each machine, each into a folder part-K-of-N of it)';
  if (!existsSync(partsDir)) return { ok: false, error: `没有找到分部构建。No parts folder ${partsDir}: build the parts first ${build}.` };
  const counts = new Set<number>();
  for (const name of readdirSync(partsDir)) {
    const match = PART_FOLDER.exec(name);
    if (match) counts.add(Number(match[2]));
  }
  if (counts.size === 0) return { ok: false, error: `没有找到分部构建。No part in ${partsDir}: build the parts first ${build}.` };
  if (counts.size > 1)
    return {
      ok: false,
      error: `${partsDir} holds parts of ${[...counts].sort((a, b) => a - b).join(' and ')} parts: keep only the parts of one build.`,
    };
  const count = [...counts][0]!;
  const parts: FoundPart[] = [];
  const problems: string[] = [];
  for (let index = 1; index <= count; index++) {
    const dir = join(partsDir, partFolderName({ index, count }));
    const again = `build it again with npm run build -- --part ${index}/${count} (in CI: rerun its job).`;
    if (!existsSync(dir)) {
      problems.push(`第 ${index}/${count} 部分缺失。Part ${index} of ${count} is missing: no folder ${dir}; ${again}`);
      continue;
    }
    const file = join(dir, PART_MANIFEST);
    if (!existsSync(file)) {
      problems.push(`第 ${index}/${count} 部分未完成。Part ${index} of ${count} did not finish: ${dir} has no ${PART_MANIFEST}; ${again}`);
      continue;
    }
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as PartManifest;
    if (manifest.version !== 1 || manifest.part !== index || manifest.parts !== count) {
      problems.push(`Part ${index} of ${count}: ${file} describes part ${manifest.part} of ${manifest.parts}; ${again}`);
      continue;
    }
    parts.push({ dir, manifest });
  }
  return problems.length > 0 ? { ok: false, error: problems.join('\n') } : { ok: true, parts };
}
