import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import matter from 'gray-matter';
import { buildThenIndex, type ComparisonRun } from './comparison.ts';

/**
 * The comparison the scale target is stated against: a minimal Hugo site over the same corpus
 * (article pages, home, paginated column pages, RSS), then the Pagefind CLI over Hugo's output.
 * Hugo is not a dependency: it is used when on PATH (or `HUGO_PATH`), e.g. Debian's
 * `apt-get install hugo`.
 */
export function hugoCommand(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const command = env['HUGO_PATH'] || 'hugo';
  const probe = spawnSync(command, ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? command : undefined;
}

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} - {{ site.Title }}</title></head><body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> {{ range site.Taxonomies.columns }}<a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ end }}</header>{{ block "main" . }}{{ end }}<footer>{{ site.Title }}</footer></body></html>`,
  '_default/single.html': `{{ define "main" }}<main data-pagefind-body><h1>{{ .Title }}</h1><p>发布时间：{{ .Date.Format "2006-01-02" }} 来源：{{ .Params.source }} 作者：{{ .Params.author }}</p>{{ .Content }}<p>原文链接：<a href="{{ .Params.originalUrl }}">{{ .Params.originalUrl }}</a></p></main>{{ end }}`,
  '_default/list.html': `{{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}</main>{{ end }}`,
  'index.html': `{{ define "main" }}<main><ul>{{ range first 20 (where site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}`,
};

/** Writes the Hugo project: config, layouts, and the corpus with Hugo's date format and the column as a taxonomy. */
export function writeHugoProject(corpus: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'hugo.toml'),
    ["baseURL = '/'", "languageCode = 'zh-cn'", "title = '示范转载网'", 'paginate = 20', '[taxonomies]', "  column = 'columns'", ''].join(
      '\n',
    ),
  );
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(dirname(join(dir, 'layouts', file)), { recursive: true });
    writeFileSync(join(dir, 'layouts', file), text);
  }
  const articles = join(corpus, 'articles');
  for (const entry of readdirSync(articles, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const source = join(entry.parentPath, entry.name);
    const { data, content } = matter(readFileSync(source, 'utf8'), {});
    // YAML reads a bare `2024-04-18` as a Date (midnight UTC); `2024-04-18 09:30` stays text.
    const raw = data['date'] instanceof Date ? data['date'].toISOString().slice(0, 10) : String(data['date']);
    const [day, time = '00:00'] = raw.split(' ');
    const front = {
      title: data['title'],
      date: `${day}T${time}:00+08:00`,
      source: data['source'],
      author: data['author'] ?? '佚名',
      originalUrl: data['originalUrl'],
      columns: [data['category']],
      tags: data['tags'] ?? [],
    };
    const target = join(dir, 'content', 'articles', relative(articles, source));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(front)}\n\n${content}`);
  }
}

/** Builds the Hugo project into `public/`, then indexes it with the Pagefind CLI. */
export function runHugo(command: string, dir: string, pagefindBin: string, verbose: boolean): Promise<ComparisonRun> {
  const version = spawnSync(command, ['version'], { encoding: 'utf8' }).stdout.trim().split(' ')[1] ?? 'unknown';
  return buildThenIndex(
    `Hugo ${version}`,
    { command, args: ['--quiet', '--destination', 'public'] },
    { dir, outDir: 'public', pagefindBin, verbose },
  );
}
