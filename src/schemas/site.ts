import { z } from 'astro/zod';
import { text } from './fields.ts';

/** How an article's `<link rel="canonical">` and robots meta are set. */
export const CanonicalPolicySchema = z.enum(['self', 'original', 'noindex'], {
  error:
    '`canonical` 只能是 self、original 或 noindex。`canonical` must be one of: self (this page), original (the original URL), noindex (keep out of search engines).',
});

const ContactSchema = z.strictObject({
  /** Label shown before the value, e.g. 联系电话. */
  label: text('label', '联系方式名称', '联系电话'),
  /** Phone number, e-mail address or account. */
  value: text('value', '联系方式', '010-00000000'),
});

/**
 * The editors' desk at `/admin/` (Decap CMS): which git host it commits to. GitHub, GitLab
 * (also self-hosted) and Gitea/Forgejo; `editorialWorkflow` makes every save a pull request.
 */
export const AdminSchema = z
  .strictObject({
    /** The git host: github, gitlab, gitea or forgejo. */
    backend: z.enum(['github', 'gitlab', 'gitea', 'forgejo'], {
      error: '`admin.backend` 只能是 github、gitlab、gitea 或 forgejo。`admin.backend` must be one of: github, gitlab, gitea, forgejo.',
    }),
    /** `owner/name` of the repository that holds `content/`. */
    repo: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {
      error: '`admin.repo` 应写作 所有者/仓库名，例如 example/zhuanzai。`admin.repo` must be `owner/name`, e.g. example/zhuanzai.',
    }),
    /** The branch editors publish to. */
    branch: z.string().min(1).default('main'),
    /** Address of a self-hosted GitLab, Gitea or Forgejo, e.g. https://git.example.cn; required for Gitea and Forgejo. */
    baseUrl: z
      .url({
        protocol: /^https?$/,
        error: '`admin.baseUrl` 应为代码托管站点的网址，例如 https://git.example.cn。`admin.baseUrl` must be an http(s) URL.',
      })
      .optional(),
    /** OAuth application id (GitLab, Gitea, Forgejo). */
    appId: z.string().min(1).optional(),
    /** OAuth proxy for GitHub logins (Decap's `base_url`), e.g. https://auth.example.cn. */
    authUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Draft → review → ready: each article is a pull request that CI checks before it is merged. */
    editorialWorkflow: z.boolean().default(true),
  })
  .refine((a) => a.baseUrl !== undefined || a.backend === 'github' || a.backend === 'gitlab', {
    path: ['baseUrl'],
    error:
      '`admin.baseUrl` 必填：Gitea 和 Forgejo 没有公共站点，请写自建站点的网址。Gitea and Forgejo need `admin.baseUrl`, e.g. https://git.example.cn.',
  });
export type Admin = z.infer<typeof AdminSchema>;

/** `content/site.yaml`: the site settings that every page shows. */
export const SiteSchema = z.strictObject({
  /** Site name, shown in the header, titles and feeds. */
  name: text('name', '站点名称', '转载新闻网'),
  /** Welcome line under the header. */
  tagline: text('tagline', '欢迎语', '欢迎来到转载新闻网！').optional(),
  /** Organisation line above the site name, like 政讯通中心. */
  brand: text('brand', '机构名称', '政务信息中心').optional(),
  /** Public origin of the site, used for canonical links, feeds and the sitemap. */
  url: z.url({
    protocol: /^https?$/,
    error: '`url` 应为站点的完整网址，例如 https://news.example.cn。`url` must be the site origin, e.g. https://news.example.cn',
  }),
  /** Sub-path the site is served under; `/` for the root. Overridden by `SITE_BASE`. */
  base: z
    .string()
    .regex(/^\/([A-Za-z0-9._-]+\/)*$/, {
      error: '`base` 应以 / 开头并以 / 结尾，例如 / 或 /news/。`base` must start and end with /, e.g. / or /news/',
    })
    .default('/'),
  /** Meta description of the home page. */
  description: text('description', '站点简介', '转载中央和地方政务新闻'),
  /** 主办 line of the footer. */
  operator: text('operator', '主办单位', '某某单位主办'),
  /** 主管 line of the footer. */
  supervisor: text('supervisor', '主管单位', '某某中心 主管').optional(),
  /** 版权所有 line of the footer. */
  copyright: text('copyright', '版权声明', '某某网 版权所有。'),
  /** Contact lines of the footer, also the takedown contact the disclaimer refers to. */
  contacts: z
    .array(ContactSchema)
    .min(1, { error: '`contacts` 至少需要一项联系方式（免责声明承诺30日内处理，读者需要联系渠道）。Add at least one contact.' }),
  /** Postal address line of the footer. */
  address: text('address', '地址', '北京市东城区某某大街1号').optional(),
  /** ICP 备案号, linked to beian.miit.gov.cn in the footer. */
  icp: text('icp', 'ICP备案号', '京ICP备00000000号-1').optional(),
  /** The reprint disclaimer under every article. */
  disclaimer: text('disclaimer', '免责声明', '[免责声明] 本文来源于网络转载……'),
  /** Further footer notices. */
  notices: z.array(z.string()).default([]),
  /** Default canonical policy for articles. */
  canonical: CanonicalPolicySchema.default('self'),
  /** Feeds carry the full text or only the summary. */
  feed: z.enum(['full', 'summary']).default('summary'),
  /** Articles per page on column and list pages. */
  pageSize: z.number().int().min(5).max(100).default(20),
  /** The editors' desk at `/admin/`; `false` leaves it out of the site. */
  admin: z.union([z.literal(false), AdminSchema]).default(false),
});
export type Site = z.infer<typeof SiteSchema>;

/** The sub-path the site is served under: `SITE_BASE` when set, else `base` of site.yaml, else `/` (as astro.config.mjs reads it). */
export function siteBase(site: { base?: string | undefined }, env: NodeJS.ProcessEnv = process.env): string {
  return env['SITE_BASE'] ?? site.base ?? '/';
}
