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
  /** `lists`: every route but the article pages, which the parts of a distributed build rendered (scripts/lib/build/assemble.ts). */
  kind: 'full' | 'partial' | 'lists';
  /** Ids of the article pages to render in a partial build; in `lists`, of those rendered elsewhere (for the sitemap). */
  ids?: string[];
  /** A partial build renders the list, feed, redirect and host-file routes as well. */
  lists?: boolean;
}

const WAIT_MS = 10 * 60 * 1000;
const plans = new Map<string, PagePlan>();

function waitForFile(file: string): string {
  const deadline = Date.now() + WAIT_MS;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`No build plan at ${file} after ${WAIT_MS / 1000} s: run the build with npm run build.`);
    Atomics.wait(sleeper, 0, 0, 25);
  }
  return readFileSync(file, 'utf8');
}

function readPlan(env: Record<string, string | undefined>): PagePlan {
  const file = env['ZHUANZAI_BUILD_PLAN'];
  if (!file) return { kind: 'full' };
  if (!plans.has(file)) plans.set(file, JSON.parse(waitForFile(file)) as PagePlan);
  return plans.get(file)!;
}

/** The article ids to render in a partial build (none in `lists`), or undefined when everything is built. */
export function partialArticleIds(env: Record<string, string | undefined> = process.env): Set<string> | undefined {
  const plan = readPlan(env);
  if (plan.kind === 'full') return undefined;
  return new Set(plan.kind === 'partial' ? (plan.ids ?? []) : []);
}

/** True in an incremental build: only some article pages are rendered. */
export function isPartialBuild(): boolean {
  return readPlan(process.env).kind === 'partial';
}

/** The article pages another build renders (the parts of a distributed build): the sitemap lists them. */
export function articlesRenderedElsewhere(env: Record<string, string | undefined> = process.env): string[] {
  const plan = readPlan(env);
  return plan.kind === 'lists' ? (plan.ids ?? []) : [];
}

/** False in an incremental build of article pages alone, where listing, feed, redirect and host-file routes render nothing. */
export function rendersListRoutes(env: Record<string, string | undefined> = process.env): boolean {
  const plan = readPlan(env);
  return plan.kind !== 'partial' || plan.lists === true;
}
