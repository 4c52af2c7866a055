import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../setup/astro-build.ts';
import { PUBLISH_CONTENT, ROOT } from '../setup/paths.ts';

describe('drafts', () => {
  test('stay out of a production build even when a DEV environment variable is set', { timeout: 120_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zhuanzai-dev-env-')), 'dist');
    const result = buildSite(PUBLISH_CONTENT, out, { DEV: '1', MODE: 'development' });
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'articles/2024/02/caogao/index.html'))).toBe(false);
    expect(existsSync(join(out, 'articles/2024/02/xin-mingcheng/index.html'))).toBe(true);
  });

  test('show in the dev server', { timeout: 120_000 }, async () => {
    const port = 4700 + Math.floor(Math.random() * 200);
    const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ZHUANZAI_CONTENT_DIR: PUBLISH_CONTENT, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('dev server did not start in 60 s')), 60_000);
        dev.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes(`127.0.0.1:${port}`)) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const response = await fetch(`http://127.0.0.1:${port}/articles/2024/02/caogao/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('尚未完成的草稿稿件');
    } finally {
      dev.kill();
    }
  });
});
