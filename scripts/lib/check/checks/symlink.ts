import { lstat, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import type { ContentProblem } from '../../../../src/schemas/problems.ts';

/** A symbolic link may point only inside the content folder; anything else could publish other files. */
export async function checkSymlink(file: string, absolute: string, contentDir: string): Promise<ContentProblem[]> {
  if (!(await lstat(absolute)).isSymbolicLink()) return [];
  let target: string;
  try {
    target = await realpath(absolute);
  } catch {
    return [
      {
        file,
        field: '-',
        severity: 'error',
        line: 1,
        message: '符号链接指向的文件不存在。The symbolic link is broken: replace it with the article file itself.',
      },
    ];
  }
  const inside = (await realpath(contentDir)) + sep;
  if (target.startsWith(inside)) return [];
  return [
    {
      file,
      field: '-',
      severity: 'error',
      line: 1,
      message: `符号链接指向 content/ 之外（${target}）。The symbolic link points outside content/: copy the article into content/articles instead of linking to it.`,
    },
  ];
}
