import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the CMS's files are served from, below the base. */
export const DECAP_PATH = 'admin/decap/';

/** The folder of the pinned `decap-cms` package's prebuilt bundle. */
export function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** The bundle's files a browser may load: the entry, its lazy chunks, WebAssembly and the licence text. */
export async function decapFiles(dist = decapDist()): Promise<string[]> {
  const names = await readdir(dist);
  return names.filter((n) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/u.test(n)).sort();
}

/**
 * The editors' desk at `/admin/` (unless `admin: false` in site.yaml): its page and generated
 * `config.yml` as routes, and Decap CMS copied from `node_modules` into `dist/admin/decap/`
 * at build time (served from there by `astro dev`), so no page loads a script from a CDN.
 */
export function cmsIntegration(options: { enabled: boolean }): AstroIntegration {
  let base = '/';
  return {
    name: 'zhuanzai:cms',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig }) => {
        if (!options.enabled) return;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        injectRoute({ pattern: '/admin', entrypoint: new URL('../admin/index.astro', import.meta.url) });
        injectRoute({ pattern: '/admin/config.yml', entrypoint: new URL('../admin/config.yml.ts', import.meta.url) });
        const prefix = `${base}${DECAP_PATH}`;
        updateConfig({
          vite: {
            // Bundled for the desk's script at start-up, not on first use (which reloads the page).
            optimizeDeps: { include: ['yaml', 'pinyin-pro'] },
            plugins: [
              {
                name: 'zhuanzai:cms-dev-files',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const name = req.url?.split('?')[0]?.slice(prefix.length);
                    if (!req.url?.startsWith(prefix) || !name || name.includes('/')) return next();
                    const file = join(decapDist(), name);
                    if (!existsSync(file)) return next();
                    res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
                    createReadStream(file).pipe(res);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!options.enabled) return;
        const target = join(fileURLToPath(dir), DECAP_PATH);
        await mkdir(target, { recursive: true });
        const files = await decapFiles();
        await Promise.all(files.map((f) => copyFile(join(decapDist(), f), join(target, f))));
        logger.info(`Copied Decap CMS (${files.length} files) into ${DECAP_PATH}.`);
      },
    },
  };
}
