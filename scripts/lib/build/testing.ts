import type { ListSite } from './list-routes.ts';

/** Two columns and two sources, pages of 5, as the planner's tests need them (`sampleArticle` writes 要闻 and 新华社). */
export const SITE: ListSite = {
  site: { pageSize: 5, feed: 'summary' },
  columns: [
    { name: '要闻', slug: 'yaowen', order: 1, description: '' },
    { name: '通知公告', slug: 'tongzhi', order: 2, description: '' },
  ],
  sources: [
    { name: '新华社', slug: 'xinhua', aliases: [], kind: 'media' },
    { name: '示范县人民政府', slug: 'county', aliases: [], kind: 'government' },
  ],
};
