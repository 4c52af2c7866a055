import type { ArticleData } from '../../../src/schemas/article.ts';
import type { IndexedArticle } from './records.ts';

/** A valid article for the search-index tests: `data` overrides the defaults. */
export function sampleArticle(id: string, data: Partial<ArticleData> = {}, body = '正文。'): IndexedArticle {
  return {
    file: `content/articles/${id}.md`,
    id,
    body,
    data: {
      title: `标题${id}`,
      date: '2024-04-18',
      source: '新华社',
      originalUrl: 'https://www.news.cn/a.html',
      category: '要闻',
      author: '佚名',
      tags: [],
      abridged: false,
      draft: false,
      redirectFrom: [],
      ...data,
    },
  };
}
