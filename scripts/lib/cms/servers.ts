import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export interface DeskOptions {
  /** The project (this repository's code): where `astro dev` runs. */
  projectRoot: string;
  /** The checkout the desk edits: Decap's proxy server reads and writes files below it. */
  repo: string;
  /** The content folder inside `repo`. */
  contentDir: string;
  sitePort: number;
  proxyPort: number;
  /** Called with each line either server prints. */
  log?: (line: string) => void;
}

export interface Desk {
  /** The site, with the desk at `admin/`. */
  siteUrl: string;
  proxyUrl: string;
  stop(): Promise<void>;
}

function waitForHttp(url: string, child: ChildProcess, what: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const exited = (code: number | null) => fail(new Error(`${what} exited (${code}) before it answered at ${url}`));
    child.once('exit', exited);
    const poll = () => {
      fetch(url, { method: 'GET' })
        .then(() => {
          child.off('exit', exited);
          done();
        })
        .catch(() => {
          if (Date.now() > until) fail(new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`));
          else setTimeout(poll, 250);
        });
    };
    poll();
  });
}

function pipeLines(child: ChildProcess, log: ((line: string) => void) | undefined): void {
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) log?.(line);
    });
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** The environment without a test runner's marks (`NODE_ENV=test` makes `astro dev` leave out injected routes). */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
}

/**
 * Starts the local desk: Decap's proxy server (`decap-server`, files mode: saving writes the
 * working copy, no account, no commit) on 127.0.0.1, and `astro dev` with the desk configured
 * to use it (`ZHUANZAI_CMS_PROXY`).
 */
export async function startDesk(options: DeskOptions): Promise<Desk> {
  const { projectRoot, sitePort, proxyPort, log } = options;
  const repo = resolve(options.repo);
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
  const require = createRequire(join(projectRoot, 'package.json'));
  const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...plainEnv(), PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
  });
  pipeLines(proxy, log);
  const site = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(sitePort)],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...plainEnv(),
        ZHUANZAI_CONTENT_DIR: resolve(options.contentDir),
        ZHUANZAI_CMS_PROXY: proxyUrl,
        ZHUANZAI_CMS_REPO: repo,
      },
    },
  );
  pipeLines(site, log);
  const stop = async () => {
    await Promise.all([stopChild(site), stopChild(proxy)]);
  };
  const siteUrl = `http://127.0.0.1:${sitePort}/`;
  try {
    await Promise.all([waitForHttp(proxyUrl, proxy, 'decap-server'), waitForHttp(siteUrl, site, 'astro dev')]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { siteUrl, proxyUrl, stop };
}
