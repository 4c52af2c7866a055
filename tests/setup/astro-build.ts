import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the project's own build steps (content check, then `astro build`) for a content folder. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const run = (args: string[]) =>
    spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
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
