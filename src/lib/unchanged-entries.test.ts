import { describe, expect, test } from 'vitest';
import { withUnchangedFilesUnparsed, type EntryInfoParams, type EntryInfoType } from './unchanged-entries.ts';

const digest = (text: string) => `d${text.length}:${text.slice(0, 12)}`;
const stored = new Map<string, { filePath?: string; digest?: string }>([
  ['2024/05/kept', { filePath: 'content/articles/2024/05/kept.md', digest: digest('---\ntitle: 旧\n---\n正文') }],
  ['2024/05/no-path', { digest: digest('---\ntitle: 旧\n---\n正文') }],
]);
const parsed: string[] = [];
const markdown: EntryInfoType & { extensions: string[] } = {
  extensions: ['.md'],
  getEntryInfo({ contents }: EntryInfoParams) {
    parsed.push(contents);
    return { data: { title: contents.split('\n')[1] }, body: contents.split('---\n')[2] };
  },
};
const types = withUnchangedFilesUnparsed(
  new Map<string, EntryInfoType & { extensions: string[] }>([
    ['.md', markdown],
    ['.yaml', { extensions: ['.yaml'] }],
  ]),
  {
    store: { get: (id) => stored.get(id) },
    generateDigest: digest,
  },
  (url) => url.pathname.replace(/^\/a\//u, '').replace(/\.md$/u, ''),
);
const info = (id: string, contents: string) => types.get('.md')!.getEntryInfo!({ contents, fileUrl: new URL(`file:///a/${id}.md`) });

describe('withUnchangedFilesUnparsed', () => {
  test('does not parse a file whose stored entry has its digest and a file path', () => {
    parsed.length = 0;
    expect(info('2024/05/kept', '---\ntitle: 旧\n---\n正文')).toEqual({ data: {}, body: '' });
    expect(parsed).toEqual([]);
  });

  test('parses a changed file, a new one, and one whose stored entry has no file path (the glob loader renders those again)', () => {
    parsed.length = 0;
    expect(info('2024/05/kept', '---\ntitle: 新的标题\n---\n正文')).toEqual({ data: { title: 'title: 新的标题' }, body: '正文' });
    expect(info('2024/05/new', '---\ntitle: 旧\n---\n正文')).toEqual({ data: { title: 'title: 旧' }, body: '正文' });
    expect(info('2024/05/no-path', '---\ntitle: 旧\n---\n正文')).toEqual({ data: { title: 'title: 旧' }, body: '正文' });
    expect(parsed).toHaveLength(3);
  });

  test('keeps the other properties of each type and types without getEntryInfo as they are', () => {
    expect(types.get('.md')?.extensions).toEqual(['.md']);
    expect(types.get('.yaml')).toEqual({ extensions: ['.yaml'] });
  });
});
