interface ImportMetaEnv {
  /** The Astro command running: drafts show only under `dev` (see src/integrations/astro-command.ts). */
  readonly ZHUANZAI_COMMAND: 'dev' | 'build' | 'preview' | 'sync';
  /** How pages render article bodies, as JSON (see src/integrations/article-bodies.ts). */
  readonly ZHUANZAI_ARTICLE_BODIES: string;
}
