import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fileDigest } from '../../../src/lib/content-manifest.ts';
import { checkContent, type CheckResult } from './index.ts';

const FIXTURE = join(import.meta.dirname, '../../../tests/fixtures/site/content');
const head = (extra = '', url = 'https://daily.example.org/x/1.html') =>
  `---\ntitle: 示范标题\ndate: 2024-04-18\nsource: 示范日报\noriginalUrl: ${url}\ncategory: 要闻\n${extra}---\n\n正文。\n`;

let root: string;
let result: CheckResult;
const rows = () => result.problems.map((p) => `${p.severity} ${p.file.replace(/^content\/articles\//, '')}:${p.line ?? '-'} ${p.field}`);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'zhuanzai-check-'));
  const content = join(root, 'content');
  cpSync(join(FIXTURE, 'site.yaml'), join(content, 'site.yaml'));
  cpSync(join(FIXTURE, 'columns.yaml'), join(content, 'columns.yaml'));
  cpSync(join(FIXTURE, 'sources.yaml'), join(content, 'sources.yaml'));
  const dir = join(content, 'articles', '2024', '04');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string | Buffer) => writeFileSync(join(dir, name), text);

  write('good.md', head('', 'https://daily.example.org/good.html'));
  write('bom-crlf.md', `\ufeff${head('', 'https://daily.example.org/bom.html').replace(/\n/g, '\r\n')}`);
  write('full-width-colon.md', head('', 'https://daily.example.org/fw.html').replace('source: 示范日报', '来源：示范日报'));
  write('no-space.md', head('', 'https://daily.example.org/ns.html').replace('category: 要闻', 'category:要闻'));
  write('chinese-date.md', head('', 'https://daily.example.org/cd.html').replace('date: 2024-04-18', 'date: 2024年4月18日'));
  write('empty-body.md', head('', 'https://daily.example.org/empty.html').replace('正文。\n', ''));
  write('bad-yaml.md', head('tags: [a, b\n', 'https://daily.example.org/yaml.html'));
  write('duplicate-key.md', head('title: 又一个标题\n', 'https://daily.example.org/dup-key.html'));
  write('wrong-types.md', head('draft: 是\ntags: 反腐\n', 'https://daily.example.org/types.html'));
  write('duplicate-url.md', head('', 'http://www.daily.example.org/good.html?utm_source=wx#top'));
  write('redirect-a.md', head('redirectFrom: [/articles/2024/04/old/]\n', 'https://daily.example.org/ra.html'));
  write('redirect-b.md', head('redirectFrom: [/articles/2024/04/old/]\n', 'https://daily.example.org/rb.html'));
  write('gbk.md', Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from('\n---\n')]));
  write('带 空格.md', head('', 'https://daily.example.org/name.html'));
  write('huge.md', head('', 'https://daily.example.org/huge.html').replace('正文。', '很长的正文。'.repeat(300_000)));
  write(
    'script.mdx',
    `${head('', 'https://daily.example.org/mdx.html')}import X from '../../../../evil.js';\n\n<script>alert(1)</script>\n`,
  );
  const outside = join(root, 'outside.md');
  writeFileSync(outside, head('', 'https://daily.example.org/outside.html'));
  symlinkSync(outside, join(dir, 'link.md'));
  // A linked folder: the check does not follow it, Astro's glob loader would.
  const elsewhere = join(root, 'elsewhere', '05');
  mkdirSync(elsewhere, { recursive: true });
  writeFileSync(join(elsewhere, 'hidden.md'), head('', 'https://daily.example.org/hidden.html'));
  symlinkSync(join(root, 'elsewhere'), join(content, 'articles', '2023'));
  result = await checkContent({ contentDir: content, root });
});

describe('checkContent on a folder of known defects', () => {
  test('reports every defect with its file, line and field, and nothing for good files', () => {
    expect(rows()).toEqual([
      'error 2023:1 -',
      'error 2024/04/bad-yaml.md:8 -',
      'warning 2024/04/bom-crlf.md:1 -',
      'error 2024/04/chinese-date.md:3 date',
      'error 2024/04/duplicate-key.md:8 -',
      'error 2024/04/empty-body.md:8 body',
      'error 2024/04/full-width-colon.md:4 来源',
      'error 2024/04/gbk.md:1 -',
      'error 2024/04/good.md:5 originalUrl',
      'error 2024/04/link.md:1 -',
      'error 2024/04/no-space.md:6 category',
      'error 2024/04/redirect-b.md:7 redirectFrom',
      'error 2024/04/script.mdx:10 body',
      'error 2024/04/script.mdx:12 body',
      'error 2024/04/wrong-types.md:7 draft',
      'error 2024/04/wrong-types.md:8 tags',
      'error 2024/04/带 空格.md:1 -',
    ]);
    expect(result.files).toBe(17);
  });

  test('gives the fix in each message', () => {
    const message = (file: string) => result.problems.find((p) => p.file.endsWith(file))?.message ?? '';
    expect(message('chinese-date.md')).toContain('Write `date: 2024-04-18`');
    expect(message('full-width-colon.md')).toContain('write `source: 示范日报` (ASCII colon and a space)');
    expect(message('no-space.md')).toContain('Add a space after the colon: `category: 要闻`');
    expect(message('gbk.md')).toContain('re-save it as UTF-8');
    expect(message('link.md')).toContain('points outside content/');
    expect(message('good.md')).toContain('already reprinted in content/articles/2024/04/duplicate-url.md');
    expect(message('redirect-b.md')).toContain('already claimed by content/articles/2024/04/redirect-a.md');
    expect(message('duplicate-key.md')).toContain('duplicated mapping key');
    expect(message('带 空格.md')).toContain('rename the file');
    expect(message('bom-crlf.md')).toContain('without BOM');
    expect(result.problems.find((p) => p.file === 'content/articles/2023')?.message).toBe(
      '文件夹是符号链接，其中的文章不会被检查。A symbolic link to a folder: its articles would be published unchecked. Move the folder itself into content/articles.',
    );
  });

  test('gives the build a digest of every file it read (the content manifest): not of a link it refused', () => {
    expect(result.digests.size).toBe(16);
    expect(result.digests.get('content/articles/2024/04/good.md')).toBe(
      fileDigest(readFileSync(join(root, 'content/articles/2024/04/good.md'))),
    );
    expect(result.digests.has('content/articles/2024/04/link.md')).toBe(false);
  });

  test('accepts a 5 MB article', () => {
    expect(result.problems.filter((p) => p.file.endsWith('huge.md'))).toEqual([]);
  });
});
