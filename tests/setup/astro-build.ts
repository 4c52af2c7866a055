import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the project's own `npm run build` (content check, staged Astro build) for a content folder. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
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
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
