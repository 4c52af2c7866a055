import { existsSync, readFileSync } from 'node:fs';

/**
 * An incremental build (scripts/build.ts) renders just the article pages that changed and, when
 * what lists show changed too (an article added, retitled, withdrawn…), the routes of the whole
 * site (home, indexes, feeds, redirects, host files) and the list routes of one group (a column,
 * source, tag or archive page, a column feed) whose articles changed; otherwise those routes render
 * nothing. The build script lays the result over the previous output (see
 * scripts/lib/build/incremental.ts, list-routes.ts).
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
  /**
   * With `lists`: the list routes of one group, by site path (`/columns/yaowen/2/`), that the
   * previous output holds as they are now (`keep`) and those to render (`render`). A route in
   * neither is rendered: only what the planner vouches for is left out.
   */
  listRoutes?: { render: string[]; keep: string[] };
}

const WAIT_MS = 10 * 60 * 1000;
const plans = new Map<string, PagePlan>();
const keptRoutes = new Map<string, Set<string>>();

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

/**
 * False for a list route of one group (`/tags/fang-xun/2/`, `/columns/yaowen/rss.xml`) that an
 * incremental build keeps from the previous output, and for every list route in a build of article
 * pages alone; true otherwise.
 */
export function rendersListRoute(path: string, env: Record<string, string | undefined> = process.env): boolean {
  if (!rendersListRoutes(env)) return false;
  return !keptListRoutes(env).has(path);
}

/** The list routes an incremental build keeps from the previous output (the sitemap lists their pages). */
export function keptListRoutes(env: Record<string, string | undefined> = process.env): ReadonlySet<string> {
  const plan = readPlan(env);
  const file = env['ZHUANZAI_BUILD_PLAN'] ?? '';
  if (plan.kind !== 'partial' || !plan.lists) return new Set();
  if (!keptRoutes.has(file)) keptRoutes.set(file, new Set(plan.listRoutes?.keep ?? []));
  return keptRoutes.get(file)!;
}
