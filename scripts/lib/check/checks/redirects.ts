import type { ContentProblem } from '../../../../src/schemas/problems.ts';

export interface RedirectClaim {
  file: string;
  line: number;
  /** The article's own path, `/articles/<id>/`. */
  path: string;
  redirectFrom: readonly string[];
}

function normalise(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * An old address can lead to one article only, and never to a path that is an article's
 * current address (the redirect would hide that article).
 */
export function findRedirectConflicts(claims: readonly RedirectClaim[]): ContentProblem[] {
  const livePaths = new Map(claims.map((c) => [c.path, c.file]));
  const owner = new Map<string, RedirectClaim>();
  const problems: ContentProblem[] = [];
  for (const claim of claims) {
    const report = (message: string) =>
      problems.push({ file: claim.file, field: 'redirectFrom', severity: 'error', line: claim.line, column: 1, message });
    for (const raw of claim.redirectFrom) {
      const from = normalise(raw);
      const live = livePaths.get(from);
      if (live !== undefined) {
        report(
          `旧地址 ${from} 正被 ${live} 使用。${from} is the current address of ${live}: remove it from \`redirectFrom\`, or rename that file first.`,
        );
        continue;
      }
      const earlier = owner.get(from);
      if (earlier && earlier.file !== claim.file) {
        report(
          `旧地址 ${from} 已由 ${earlier.file} 声明。${from} is already claimed by ${earlier.file}: an old address can redirect to one article only; remove it from one of the two.`,
        );
      } else owner.set(from, claim);
    }
  }
  return problems;
}
