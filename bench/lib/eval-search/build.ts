import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VITE_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** The project's own `npm run build` (content check, pages and search index) of one content folder; throws on failure. */
export function buildSite(contentDir: string, outDir: string, base: string, extraEnv: Record<string, string> = {}): void {
  // Vite's own variables (set when this runs inside Vitest) would override the build's: BASE_URL beats SITE_BASE.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_KEYS.has(k)));
  const env = {
    ...inherited,
    ZHUANZAI_CONTENT_DIR: contentDir,
    ZHUANZAI_OUT_DIR: outDir,
    SITE_BASE: base,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...extraEnv,
  };
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`Building ${contentDir} failed:\n${run.stdout}${run.stderr}`);
}
