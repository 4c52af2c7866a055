import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Astro's virtual module that holds the content data store in a build (single-file storage). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Has the build's page bundle read Astro's content data store from its file when the pages
 * render, instead of carrying it: by default Astro 7 inlines the whole store into the bundle as one
 * string (`export default JSON.parse("…")`, 72 MB at 10,000 articles), which the bundler then
 * parses and writes and Node compiles, some 5–7 s of every build, a rebuild after one edit
 * included. The store is the same file either way (`cacheDir/data-store.json`, written by the
 * content sync before the bundle), parsed the same way.
 *
 * Only for `astro build` with single-file storage (the chunked storage of large archives
 * already reads its chunks this way); if Astro renames the module, this matches nothing and Astro
 * inlines the store as before.
 */
export function dataStoreFromDisk(file: string): Plugin {
  return {
    name: 'zhuanzai:data-store-from-disk',
    apply: 'build',
    enforce: 'pre',
    // Astro's own plugin loads the module (as the inlined store); this replaces that code
    // before the bundler parses it.
    transform: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(code, id) {
        if (id !== DATA_STORE_MODULE || !code.startsWith('export default JSON.parse(') || !existsSync(file)) return null;
        return {
          code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
          map: { mappings: '' },
        };
      },
    },
  };
}
