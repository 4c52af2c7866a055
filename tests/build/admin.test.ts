import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { decapDist } from '../../src/integrations/cms.ts';
import { adminContentSecurityPolicy } from '../../src/lib/host-rules.ts';
import { parseHeadersFile } from '../setup/host-files.ts';
import { DEMO_DIST, FIXTURE_DIST, ROOT } from '../setup/paths.ts';

const read = (file: string) => readFileSync(join(DEMO_DIST, file), 'utf8');
const names = (file: string) => (parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as { name: string }[]).map((e) => e.name);
const htmlFiles = (dist: string) => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

interface Field {
  name: string;
  options?: string[];
}

describe('the desk in the demo site (admin set in site.yaml)', () => {
  test('is noindex and serves the CMS bundle from our own dist, copied from the pinned package', () => {
    const page = read('admin/index.html');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('data-cms-script="/admin/decap/decap-cms.js"');
    expect(page).not.toMatch(/<script[^>]+src="https?:/u);
    expect(readFileSync(join(DEMO_DIST, 'admin/decap/decap-cms.js'))).toEqual(readFileSync(join(decapDist(), 'decap-cms.js')));
  });

  test('is out of the sitemap, the feeds and the search index', () => {
    for (const file of ['sitemap-0.xml', 'rss.xml', 'atom.xml']) expect(read(file), file).not.toContain('/admin/');
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    // One article in the demo content: the only page indexed.
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([1]);
  });

  test('is loaded by no other page', () => {
    const others = htmlFiles(DEMO_DIST).filter((f) => !f.startsWith('admin/'));
    expect(others.length).toBeGreaterThan(10);
    for (const file of others) expect(read(file), file).not.toMatch(/decap|admin\//u);
  });

  test('lists every column and every source of the registers in its generated configuration', () => {
    const config = parse(read('admin/config.yml')) as { collections: { fields: Field[] }[] };
    const fields = new Map(config.collections[0]?.fields.map((f) => [f.name, f]));
    expect(fields.get('category')?.options?.toSorted()).toEqual(names('columns.yaml').toSorted());
    expect(fields.get('source')?.options?.toSorted()).toEqual(names('sources.yaml').toSorted());
  });

  test('has its own policy in _headers, and every other page keeps the pages’ policy', () => {
    const rules = parseHeadersFile(read('_headers'));
    expect(rules.get('/admin/*')?.get('Content-Security-Policy')).toBe(adminContentSecurityPolicy(['https://api.github.com']));
    const pagePolicies = [...rules].filter(([path]) => path !== '/admin/*').map(([, h]) => h.get('Content-Security-Policy'));
    expect(new Set(pagePolicies.filter(Boolean)).size).toBe(1);
    expect(rules.get('/articles/*')?.get('Content-Security-Policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/u);
  });
});

describe('a site without a desk (the fixture site, no admin in site.yaml)', () => {
  test('has no /admin/ and one policy for every path', () => {
    expect(htmlFiles(FIXTURE_DIST).filter((f) => f.startsWith('admin/'))).toEqual([]);
    const rules = parseHeadersFile(readFileSync(join(FIXTURE_DIST, '_headers'), 'utf8'));
    expect([...rules].filter(([, h]) => h.has('Content-Security-Policy')).map(([path]) => path)).toEqual(['/*']);
  });
});
