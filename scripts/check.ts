/**
 * npm run check [paths…] [--json] [--quiet]
 * Validates content with the build's own schemas and prints every problem at once as
 * `path:line:col  field  message (fix)`. Exit 1 on errors, 0 with warnings only.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from './lib/check/index.ts';
import { formatText, problemToAnnotation, summarise } from './lib/check/report.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    content: { type: 'string', default: process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content' },
  },
});

const root = process.cwd();
const only = positionals.map((p) => relative(root, resolve(p)).split('\\').join('/'));
const { files, problems } = await checkContent({ contentDir: resolve(values.content), root, only });
const errors = problems.filter((p) => p.severity === 'error').length;

if (values.json) {
  process.stdout.write(`${JSON.stringify({ files, errors, warnings: problems.length - errors, problems }, null, 2)}\n`);
} else {
  if (problems.length > 0) console.error(formatText(problems));
  if (process.env['GITHUB_ACTIONS'] === 'true') for (const p of problems) console.log(problemToAnnotation(p));
  if (!values.quiet || problems.length > 0) console.error(summarise(problems, files));
}
process.exitCode = errors > 0 ? 1 : 0;
