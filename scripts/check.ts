/**
 * npm run check [paths…] [--json] [--quiet] [--content dir]
 * Validates content with the build's own schemas and prints every problem at once as
 * `path:line:col  field  message (fix)`. Paths are article files, folders (every article below)
 * or quoted globs; without paths the whole site is checked. Exit 1 on content errors, 0 with
 * warnings only, 2 when a path names no article or the command is wrong (then nothing is checked).
 * Rules: docs/editing.md, "Checking before you commit".
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandArgs } from './lib/command-args.ts';
import { publicationNowOrExit } from './lib/build/scheduled.ts';
import { checkContent } from './lib/check/index.ts';
import { signatureCacheFile } from './lib/check/signature-cache.ts';
import { findArticleFiles } from './lib/check/content-files.ts';
import { formatPathErrors, formatText, pathErrorToAnnotation, problemToAnnotation, summarise } from './lib/check/report.ts';
import { findContentDir, selectArticles, type PathError } from './lib/check/targets.ts';

const options = {
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  content: { type: 'string' },
} as const;
// npm runs a script in the package root: paths mean what they say from the folder the editor typed them in
const root = (process.env['npm_lifecycle_event'] === 'check' && process.env['INIT_CWD']) || process.cwd();
const annotate = process.env['GITHUB_ACTIONS'] === 'true';

function fail(errors: readonly PathError[], json: boolean): never {
  if (json) process.stdout.write(`${JSON.stringify({ files: 0, pathErrors: errors }, null, 2)}\n`);
  else {
    console.error(formatPathErrors(errors));
    if (annotate) for (const e of errors) console.log(pathErrorToAnnotation(e));
  }
  process.exit(2);
}

const parsed = readCommandArgs(
  {
    usage: 'npm run check -- [paths…] [--json] [--quiet] [--content dir]',
    // formatPathErrors says that nothing was checked
    options,
    allowPositionals: true,
  },
  process.argv.slice(2),
);
if (parsed.kind === 'help') {
  console.log(parsed.text);
  process.exit(0);
}
if (parsed.kind === 'error') fail([{ path: process.argv.slice(2).join(' '), message: parsed.text }], process.argv.includes('--json'));
const { values, positionals } = parsed;
const found = findContentDir(positionals.length > 0 ? positionals : ['.'], root);
if (found.errors.length > 0) fail(found.errors, values.json);
const contentArg = values.content ?? (process.env['ZHUANZAI_CONTENT_DIR'] || undefined);
const contentDir = values.content ? resolve(root, values.content) : resolve(contentArg ?? found.dir ?? 'content');
const articlesDir = join(contentDir, 'articles');
if (!existsSync(join(contentDir, 'site.yaml'))) {
  const name = contentArg ?? 'content';
  fail(
    [
      {
        path: name,
        message: `内容文件夹 ${name} 不存在或没有 site.yaml。The content folder does not exist or has no site.yaml: run the command in the repository, or pass --content dir.`,
      },
    ],
    values.json,
  );
}

let only: string[] | undefined;
if (positionals.length > 0) {
  const selected = selectArticles(positionals, await findArticleFiles(articlesDir, root), root, articlesDir);
  if (selected.errors.length > 0) fail(selected.errors, values.json);
  only = selected.files;
}
// ZHUANZAI_NOW fixes the moment future dates are judged at, as in the build
const now = publicationNowOrExit();
const { files, problems, site } = await checkContent({
  contentDir,
  root,
  only,
  now,
  // The cache lives in the project's node_modules, wherever the command was typed.
  signatureCache: signatureCacheFile(fileURLToPath(new URL('..', import.meta.url)), contentDir),
});
const errors = problems.filter((p) => p.severity === 'error').length;

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ files, articlesChecked: site !== undefined, errors, warnings: problems.length - errors, problems }, null, 2)}\n`,
  );
} else {
  if (problems.length > 0) console.error(formatText(problems));
  if (annotate) for (const p of problems) console.log(problemToAnnotation(p));
  if (!values.quiet || problems.length > 0) console.error(summarise(problems, files, site === undefined));
}
process.exitCode = errors > 0 ? 1 : 0;
