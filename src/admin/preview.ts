import type { CreateElement, PreviewProps } from './decap.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/**
 * The article page's template, in the CMS preview: the same classes as
 * src/pages/articles/[...id].astro, under the site's CSS: title, the 发布时间/来源/作者 line,
 * the body, 原文链接 and the disclaimer.
 */
export function articlePreview(h: CreateElement, disclaimer: string) {
  return function ArticlePreview({ entry, widgetFor }: PreviewProps) {
    const get = (key: string) => text(entry.getIn(['data', key]));
    const title = get('title');
    const originalTitle = get('originalTitle');
    const editor = get('editor');
    const url = get('originalUrl');
    const abridged = entry.getIn(['data', 'abridged']);
    const note = abridged === true ? '本文为节选，有删节。' : text(abridged);
    return h(
      'main',
      { className: 'container' },
      h(
        'article',
        { className: 'article' },
        h('h1', null, title),
        h(
          'p',
          { className: 'article-meta' },
          h('span', null, '发布时间：', h('time', null, get('date').slice(0, 10))),
          ' ',
          h('span', null, '来源：', h('a', { href: '#' }, get('source'))),
          ' ',
          h('span', null, '作者：', get('author') || '佚名'),
          originalTitle && originalTitle !== title ? h('span', null, ' 原标题：', originalTitle) : null,
          editor ? h('span', null, ' 责任编辑：', editor) : null,
        ),
        h('div', { className: 'article-body' }, note ? h('p', { className: 'abridged' }, '删节说明：', note) : null, widgetFor('body')),
        h(
          'footer',
          { className: 'article-notes' },
          h('p', { className: 'original-link' }, '原文链接：', h('a', { href: url, rel: 'external nofollow noopener noreferrer' }, url)),
          h('p', { className: 'disclaimer' }, disclaimer),
        ),
      ),
    );
  };
}
