import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Vitest workers set DEV, PROD, MODE, SSR and BASE_URL in process.env, and Astro's build
 * reads them back as import.meta.env: DEV=1 would publish drafts. Builds get a clean set.
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete clean[key];
  return clean;
}

/** Runs the project's own build steps (content check, then `astro build`) for a content folder. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const run = (args: string[]) =>
    spawnSync(process.execPath, args, {
      cwd: ROOT,
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
  const check = run(['scripts/check.ts', '--quiet']);
  if (check.status !== 0) return { status: check.status, output: `${check.stdout}${check.stderr}` };
  const build = run(['node_modules/astro/bin/astro.mjs', 'build']);
  return { status: build.status, output: `${build.stdout}${build.stderr}` };
}
