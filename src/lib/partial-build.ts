import { existsSync, readFileSync } from 'node:fs';

/**
 * An incremental build (scripts/build.ts) renders just the article pages that changed and, when
 * what lists show changed too (an article added, retitled, withdrawn…), the list, feed, redirect
 * and host-file routes; otherwise those routes render nothing. The build script lays the result
 * over the previous output (see scripts/lib/build/incremental.ts).
 *
 * Astro is started before the content check has decided what to build, so the decision comes in
 * a file named by `ZHUANZAI_BUILD_PLAN`, which the script writes once it knows; pages wait for it.
 * Without that variable (`astro build`, `astro dev`) everything is built.
 */
export interface PagePlan {
  kind: 'full' | 'partial';
  /** Ids of the article pages to render in a partial build. */
  ids?: string[];
  /** A partial build renders the list, feed, redirect and host-file routes as well. */
  lists?: boolean;
}

const WAIT_MS = 10 * 60 * 1000;
const plans = new Map<string, { ids: Set<string> | undefined; lists: boolean }>();

function waitForFile(file: string): string {
  const deadline = Date.now() + WAIT_MS;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`No build plan at ${file} after ${WAIT_MS / 1000} s: run the build with npm run build.`);
    Atomics.wait(sleeper, 0, 0, 25);
  }
  return readFileSync(file, 'utf8');
}

function readPlan(env: Record<string, string | undefined>): { ids: Set<string> | undefined; lists: boolean } {
  const file = env['ZHUANZAI_BUILD_PLAN'];
  if (!file) return { ids: undefined, lists: true };
  let plan = plans.get(file);
  if (!plan) {
    const written = JSON.parse(waitForFile(file)) as PagePlan;
    plan =
      written.kind === 'partial' ? { ids: new Set(written.ids ?? []), lists: written.lists === true } : { ids: undefined, lists: true };
    plans.set(file, plan);
  }
  return plan;
}

/** The article ids to render in a partial build, or undefined when everything is built. */
export function partialArticleIds(env: Record<string, string | undefined> = process.env): Set<string> | undefined {
  return readPlan(env).ids;
}

/** True in an incremental build: only some article pages are rendered. */
export function isPartialBuild(): boolean {
  return partialArticleIds() !== undefined;
}

/** False in an incremental build of article pages alone, where listing, feed, redirect and host-file routes render nothing. */
export function rendersListRoutes(env: Record<string, string | undefined> = process.env): boolean {
  return readPlan(env).lists;
}
