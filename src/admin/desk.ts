/**
 * The editors' desk: loads Decap CMS from our own `dist/`, teaches it our article files
 * (src/lib/article-file.ts: unchanged fields stay byte for byte), names new files
 * `YYYY/MM/<pinyin-slug>.md` as `npm run new` does, and previews with the site's template and CSS.
 */
import siteCss from '../styles/global.css?url';
import { articleFileToData, CMS_FORMAT, dataToArticleFile } from '../lib/article-file.ts';
import { titleToSlug } from '../lib/title-slug.ts';
import { loadDecap, type ImmutableMap } from './decap.ts';
import { articlePreview } from './preview.ts';

/** Fills the file-name parts before Decap names a new file: `date`'s year and month as typed, the slug. */
function withFileName(data: ImmutableMap): ImmutableMap {
  const date = String(data.get('date') ?? '');
  const typed = String(data.get('slug') ?? '').trim();
  const slug = typed || titleToSlug(String(data.get('title') ?? ''));
  return data.set('slug', slug).set('pathyear', date.slice(0, 4)).set('pathmonth', date.slice(5, 7));
}

async function start(): Promise<void> {
  const { cmsScript = '', disclaimer = '' } = document.body.dataset;
  const cms = await loadDecap(cmsScript);
  cms.registerCustomFormat(CMS_FORMAT, 'md', {
    fromFile: articleFileToData,
    toFile: (data, order) => dataToArticleFile(data, order),
  });
  cms.registerEventListener({ name: 'preSave', handler: ({ entry }) => withFileName(entry.get('data') as ImmutableMap) });
  cms.registerPreviewStyle(siteCss);
  if (window.h) cms.registerPreviewTemplate('articles', articlePreview(window.h, disclaimer));
  cms.init();
}

void start();
