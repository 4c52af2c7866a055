import type { ContentProblem } from '../../../../src/schemas/problems.ts';

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/gu, '');

/**
 * Reprint rules forbid distorting the original headline: a `title` that differs from
 * `originalTitle` is flagged for a second look; one equal to it makes `originalTitle` redundant.
 */
export function checkOriginalTitle(file: string, title: unknown, originalTitle: unknown, line: number): ContentProblem[] {
  if (typeof title !== 'string' || typeof originalTitle !== 'string') return [];
  if (squash(title) === squash(originalTitle)) {
    return [
      {
        file,
        field: 'originalTitle',
        severity: 'warning',
        line,
        column: 1,
        message: '`originalTitle` 与 `title` 相同。`originalTitle` equals `title`: remove it (it is shown only when the headline differs).',
      },
    ];
  }
  return [
    {
      file,
      field: 'title',
      severity: 'warning',
      line,
      column: 1,
      message: `标题与原标题不同（原标题：${originalTitle}）。The headline differs from the original: check that it does not change the meaning (转载不得歪曲标题); the page shows 原标题.`,
    },
  ];
}
