import { describe, expect, test } from 'vitest';
import { createArticleSchema } from '../schemas/article.ts';
import { AdminSchema } from '../schemas/site.ts';
import { cmsApiOrigins, cmsBackend, cmsConfig } from './cms-config.ts';

const articleSchema = createArticleSchema({
  columns: [{ name: '廉政舆情', slug: 'lianzheng-yuqing', order: 1, description: '' }],
  sources: [{ name: '新华社', slug: 'xinhua', aliases: [], kind: '中央新闻单位' }],
});
const admin = (value: Record<string, unknown>) => AdminSchema.parse(value);

describe('cmsBackend', () => {
  test('returns GitHub, self-hosted GitLab, Gitea and Forgejo as Decap names them', () => {
    expect(cmsBackend(admin({ backend: 'github', repo: 'example/zhuanzai' }))).toEqual({
      name: 'github',
      repo: 'example/zhuanzai',
      branch: 'main',
    });
    expect(cmsBackend(admin({ backend: 'gitlab', repo: 'news/site', baseUrl: 'https://git.example.cn/', appId: 'abc' }))).toEqual({
      name: 'gitlab',
      repo: 'news/site',
      branch: 'main',
      api_root: 'https://git.example.cn/api/v4',
      base_url: 'https://git.example.cn',
      auth_type: 'pkce',
      app_id: 'abc',
    });
    expect(cmsBackend(admin({ backend: 'gitea', repo: 'news/site', branch: 'publish', baseUrl: 'https://gitea.example.cn' }))).toEqual({
      name: 'gitea',
      repo: 'news/site',
      branch: 'publish',
      api_root: 'https://gitea.example.cn/api/v1',
      base_url: 'https://gitea.example.cn',
    });
    expect(cmsBackend(admin({ backend: 'forgejo', repo: 'news/site', baseUrl: 'https://code.example.cn', appId: 'x' }))).toMatchObject({
      name: 'forgejo',
      api_root: 'https://code.example.cn/api/v1',
      app_id: 'x',
    });
  });
});

describe('AdminSchema', () => {
  test('refuses Gitea without its address, and a repository that is not owner/name', () => {
    expect(AdminSchema.safeParse({ backend: 'gitea', repo: 'a/b' }).error?.issues.map((i) => i.message)).toEqual([
      '`admin.baseUrl` 必填：Gitea 和 Forgejo 没有公共站点，请写自建站点的网址。Gitea and Forgejo need `admin.baseUrl`, e.g. https://git.example.cn.',
    ]);
    expect(AdminSchema.safeParse({ backend: 'github', repo: 'zhuanzai' }).error?.issues.map((i) => i.message)).toEqual([
      '`admin.repo` 应写作 所有者/仓库名，例如 example/zhuanzai。`admin.repo` must be `owner/name`, e.g. example/zhuanzai.',
    ]);
  });
});

describe('cmsApiOrigins', () => {
  test('returns the API origin of the git host', () => {
    expect(cmsApiOrigins({ backend: 'github' })).toEqual(['https://api.github.com']);
    expect(cmsApiOrigins({ backend: 'gitlab' })).toEqual(['https://gitlab.com']);
    expect(cmsApiOrigins({ backend: 'gitea', baseUrl: 'https://gitea.example.cn/sub/' })).toEqual(['https://gitea.example.cn']);
  });
});

describe('cmsConfig', () => {
  test('returns the Chinese UI, the editorial workflow by default, and articles at YYYY/MM/<slug>.md in our format', () => {
    const config = cmsConfig({
      admin: admin({ backend: 'github', repo: 'example/zhuanzai' }),
      articleSchema,
      articlesFolder: 'content/articles',
    });
    expect(config).toMatchObject({ locale: 'zh_Hans', publish_mode: 'editorial_workflow', backend: { name: 'github' } });
    expect(config).not.toHaveProperty('local_backend');
    expect(config['collections']).toMatchObject([
      {
        name: 'articles',
        folder: 'content/articles',
        extension: 'md',
        format: 'zhuanzai-markdown',
        path: '{{pathyear}}/{{pathmonth}}/{{slug}}',
        slug: '{{fields.slug}}',
        media_folder: '{{filename}}',
        public_folder: './{{filename}}',
      },
    ]);
    const [collection] = config['collections'] as { fields: { name: string }[] }[];
    expect(collection?.fields.map((f) => f.name).slice(0, 3)).toEqual(['slug', 'title', 'date']);
    expect(collection?.fields.at(-1)?.name).toBe('body');
  });

  test('returns the local proxy and direct saving in local mode', () => {
    const config = cmsConfig({
      admin: admin({ backend: 'github', repo: 'example/zhuanzai' }),
      articleSchema,
      articlesFolder: 'content/articles',
      localBackend: 'http://127.0.0.1:8081/api/v1',
    });
    expect(config['local_backend']).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(config).not.toHaveProperty('publish_mode');
  });

  test('leaves the workflow off when site.yaml turns it off', () => {
    const config = cmsConfig({
      admin: admin({ backend: 'github', repo: 'example/zhuanzai', editorialWorkflow: false }),
      articleSchema,
      articlesFolder: 'content/articles',
    });
    expect(config).not.toHaveProperty('publish_mode');
  });
});
