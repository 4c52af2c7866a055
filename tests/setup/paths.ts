import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = fileURLToPath(new URL('../.output/', import.meta.url));
export const FIXTURE_SOURCE = fileURLToPath(new URL('../fixtures/site/content/', import.meta.url));
export const FIXTURE_CONTENT = `${OUTPUT}fixture-content`;
export const FIXTURE_DIST = `${OUTPUT}fixture-dist`;
export const DEMO_DIST = `${OUTPUT}demo-dist`;
/** Drafts, a scheduled, a withdrawn and a renamed article: the publishing rules' own fixture. */
export const PUBLISH_CONTENT = fileURLToPath(new URL('../fixtures/publishing/content/', import.meta.url));
export const PUBLISH_DIST = `${OUTPUT}publish-dist`;
/** Articles the setup adds to the fixture column 要闻, so that it has 45 and three pages. */
export const GENERATED_COUNT = 44;
