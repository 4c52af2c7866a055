import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Vitest workers set DEV, PROD, MODE, SSR and BASE_URL in process.env, and Vite reads them
 * back as import.meta.env. Builds get a clean set, as on a developer's machine.
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete clean[key];
  return clean;
}

/**
 * Runs the project's own `npm run build` (content check, staged Astro build) for a content
 * folder, in the worktree or in a copy of the project (`project`, see `copyProject`), with `args`
 * (`--part 1/3`) after the script.
 */
export function buildSite(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
  project = ROOT,
  args: readonly string[] = [],
): BuildResult {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...withoutViteEnv(process.env),
      ZHUANZAI_CONTENT_DIR: contentDir,
      ZHUANZAI_OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
