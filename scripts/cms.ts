/**
 * npm run cms: the editors' desk on this checkout, without any account. Starts the site
 * (`astro dev`) and Decap's local proxy server; open http://127.0.0.1:4321/admin/ — what you
 * save is written to content/ here, and you commit it with git (or your git client).
 */
import { resolve } from 'node:path';
import { startDesk } from './lib/cms/servers.ts';
import { commandArgsOrExit } from './lib/command-args.ts';

commandArgsOrExit({
  usage: 'npm run cms (PORT and ZHUANZAI_CMS_PROXY_PORT choose the ports)',
  nothingDone: '编辑台未启动。The desk was not started.',
  options: {},
});

const root = process.cwd();
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const desk = await startDesk({
  projectRoot: root,
  repo: root,
  contentDir: resolve(process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content'),
  sitePort: port('PORT', 4321),
  proxyPort: port('ZHUANZAI_CMS_PROXY_PORT', 8081),
  log: (line) => console.log(line),
});
console.log(`编辑台（本地模式）已启动：${desk.siteUrl}admin/ — the local desk writes to ${resolve('content')}. Ctrl+C stops it.`);
const stop = () => {
  void desk.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
