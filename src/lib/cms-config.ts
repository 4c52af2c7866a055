import type { z } from 'astro/zod';
import { CMS_FORMAT } from './article-file.ts';
import type { Admin } from '../schemas/site.ts';
import { schemaToCmsFields, type CmsField } from './cms-fields.ts';
import { SLUG_RE } from './slugs.ts';

export interface CmsConfigOptions {
  admin: Admin;
  /** The article frontmatter schema, bound to the site's columns and sources. */
  articleSchema: z.ZodObject;
  /** `content/articles` relative to the repository root. */
  articlesFolder: string;
  /** The local desk (`npm run cms`): Decap's proxy server at this URL, saving straight to the files. */
  localBackend?: string | undefined;
}

/** The git host settings of `admin` in site.yaml as Decap's `backend`. */
export function cmsBackend(admin: Admin): Record<string, unknown> {
  const common = { repo: admin.repo, branch: admin.branch };
  const base = admin.baseUrl?.replace(/\/+$/u, '');
  switch (admin.backend) {
    case 'github':
      return {
        name: 'github',
        ...common,
        ...(base ? { api_root: `${base}/api/v3` } : {}),
        ...(admin.authUrl ? { base_url: admin.authUrl } : {}),
      };
    case 'gitlab':
      return {
        name: 'gitlab',
        ...common,
        ...(base ? { api_root: `${base}/api/v4`, base_url: base } : {}),
        ...(admin.appId ? { auth_type: 'pkce', app_id: admin.appId } : {}),
      };
    default:
      return {
        name: admin.backend,
        ...common,
        api_root: `${base}/api/v1`,
        base_url: base,
        ...(admin.appId ? { app_id: admin.appId } : {}),
      };
  }
}

/** The origins the CMS talks to for `admin` (the git host's API), for the desk's `connect-src`. */
export function cmsApiOrigins(admin: Pick<Admin, 'backend' | 'baseUrl'>): string[] {
  if (admin.baseUrl) return [new URL(admin.baseUrl).origin];
  return admin.backend === 'github' ? ['https://api.github.com'] : admin.backend === 'gitlab' ? ['https://gitlab.com'] : [];
}

/** The file-name field: not frontmatter, it names the file (`YYYY/MM/<slug>.md`). */
const SLUG_FIELD: CmsField = {
  name: 'slug',
  label: '文件名（网址）',
  hint: '只用小写字母、数字和连字符；留空则按标题拼音生成，例如 bo-xia-wen-ming-zhong。保存后不再改变（改名见《编辑手册》）。',
  widget: 'string',
  required: false,
  pattern: [SLUG_RE.source, '只能使用小写字母、数字和连字符，例如 anshan-wenming'],
};

const BODY_FIELD: CmsField = {
  name: 'body',
  label: '正文',
  hint: 'Markdown 正文。默认为源码模式（保存时原样写入）；切换到富文本会重新排版整篇正文。',
  widget: 'markdown',
  required: true,
  modes: ['raw', 'rich_text'],
};

/**
 * The Decap CMS configuration (`/admin/config.yml`), generated from the article schema and
 * the site settings: one folder collection of articles at `YYYY/MM/<slug>.md`, every
 * frontmatter field with its label and hint, images saved beside the article.
 */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const { admin, articleSchema, articlesFolder, localBackend } = options;
  const fields = schemaToCmsFields(articleSchema);
  return {
    locale: 'zh_Hans',
    ...(localBackend ? { local_backend: { url: localBackend } } : {}),
    backend: cmsBackend(admin),
    // The local desk writes straight to the working copy; the editor commits it.
    ...(admin.editorialWorkflow && !localBackend ? { publish_mode: 'editorial_workflow' } : {}),
    // Site-wide uploads (none expected: articles keep theirs beside them).
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: '文章',
        label_singular: '文章',
        description: '转载文章。保存即提交到代码仓库；发布前由自动检查（npm run check）把关。',
        folder: articlesFolder,
        extension: 'md',
        format: CMS_FORMAT,
        create: true,
        // `pathyear`, `pathmonth` and `slug` are filled before saving from `date` and the
        // title's pinyin (src/admin/desk.ts): Decap's own {{year}} is the UTC year, a day off
        // for articles dated just after midnight in Beijing.
        path: '{{pathyear}}/{{pathmonth}}/{{slug}}',
        slug: '{{fields.slug}}',
        identifier_field: 'title',
        summary: '{{title}}（{{date}}）',
        sortable_fields: ['date', 'title', 'category'],
        // Images as the importer puts them: in a folder named after the article, beside it.
        media_folder: '{{filename}}',
        public_folder: './{{filename}}',
        fields: [SLUG_FIELD, ...fields, BODY_FIELD],
      },
    ],
  };
}
