import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/lib/check/index.ts';
import { articlesToSitemapEntries } from '../lib/sitemap.ts';
import { readArticleEntries } from './sitemap.ts';

describe('sitemap entries', () => {
  test('from the checked articles (what npm run build writes) equal those read from the files', async () => {
    const root = join(import.meta.dirname, '../..');
    const contentDir = join(root, 'tests/fixtures/site/content');
    const { articles, site } = await checkContent({ contentDir, root });
    const canonical = site!.site.canonical ?? 'self';
    const fromCheck = articlesToSitemapEntries(
      articles.map((a) => ({ id: a.id, frontmatter: a.data })),
      canonical,
    );
    const fromFiles = readArticleEntries(contentDir, canonical);
    expect(Object.fromEntries(fromCheck)).toEqual(Object.fromEntries(fromFiles));
    // Every fixture article has an entry, and the withdrawn, draft or renamed ones leave some out.
    expect(fromFiles.size).toBeGreaterThanOrEqual(articles.length);
    expect([...fromFiles.values()].filter((e) => !e.include).length).toBeGreaterThan(0);
  });
});
