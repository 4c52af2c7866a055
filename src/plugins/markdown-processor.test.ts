import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { simpleMarkdownBlocks } from '../lib/simple-markdown.ts';
import { markdownBody } from '../lib/plain-prose.testing.ts';
import { articleProcessor, articleUnifiedProcessor } from './markdown-processor.ts';

const options = { base: '/news/', siteHost: 'www.example.cn' };
const shared = { syntaxHighlight: false as const };
const renderers = Promise.all([articleUnifiedProcessor(options).createRenderer(shared), articleProcessor(options).createRenderer(shared)]);
const frontmatter = { title: '标题' };

describe('articleProcessor', () => {
  test('writes plain prose as the pipeline does: paragraphs, headings with their ids, and the render metadata', async () => {
    const [pipeline, plain] = await renderers;
    const body =
      '## 一、总体要求\n\n第一段，2024年5月1日 09:30。\n同一段的第二行。\n\n## 一、总体要求\n\n### Section {A} "引号" 100%\n\n最后一段。';
    expect(simpleMarkdownBlocks(body)).toBeDefined();
    const [expected, actual] = await Promise.all([pipeline.render(body, { frontmatter }), plain.render(body, { frontmatter })]);
    expect(actual).toEqual(expected);
    expect(actual.code).toContain('<h2 id="一总体要求-1">一、总体要求</h2>');
  });

  test('passes anything else to the pipeline', async () => {
    const [pipeline, plain] = await renderers;
    const body = '见[原文](https://www.gov.cn/)。\n\n![本地图片](./a.png)';
    expect(simpleMarkdownBlocks(body)).toBeUndefined();
    const out = await plain.render(body, { frontmatter, fileURL: new URL('file:///site/content/articles/a.md') });
    expect(out).toEqual(await pipeline.render(body, { frontmatter, fileURL: new URL('file:///site/content/articles/a.md') }));
    expect(out.code).toContain('<a href="https://www.gov.cn/" rel="external nofollow noopener noreferrer"');
    expect(out.metadata.localImagePaths).toEqual(['./a.png']);
  });

  test('agrees with the pipeline on every body it writes itself', async () => {
    const [pipeline, plain] = await renderers;
    let written = 0;
    await fc.assert(
      fc.asyncProperty(markdownBody, async (body) => {
        if (!simpleMarkdownBlocks(body)) return;
        written += 1;
        expect(await plain.render(body, { frontmatter })).toEqual(await pipeline.render(body, { frontmatter }));
      }),
      { numRuns: 2000 },
    );
    // About one body in five is plain prose: the property is not checked on nothing.
    expect(written).toBeGreaterThan(300);
  });
});
