import type { AstroIntegration } from 'astro';

/**
 * Exposes the Astro command (`dev`, `build`, `preview`, `sync`) to pages as
 * `import.meta.env.ZHUANZAI_COMMAND`. Drafts show only under `dev`: `import.meta.env.DEV`
 * alone is not enough, because Vite also takes it from a `DEV` environment variable.
 */
export function astroCommandIntegration(): AstroIntegration {
  return {
    name: 'zhuanzai:astro-command',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.ZHUANZAI_COMMAND': JSON.stringify(command) } } });
      },
    },
  };
}
