import { z } from 'astro/zod';
import { suggestArticleDate, yamlValueToArticleDate } from '../lib/dates.ts';

/**
 * What the editors' desk (`/admin/`) shows for a field, kept on the schema as zod metadata so
 * that a field added here appears there with no other change: `title` is the Chinese label,
 * `description` the hint; `format: 'article-date'` and `options` choose the input.
 */
export interface FieldMeta {
  title: string;
  description: string;
  format?: 'article-date' | 'multiline';
  /** The values a select offers, e.g. the column names. */
  options?: readonly string[];
}

/** Attaches the desk's label and hint (and input choice) to a field's schema. */
export function labelled<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta, ...(meta.options ? { options: [...meta.options] } : {}) });
}

/** A message for a required field that is absent, else for a value of the wrong type. */
export function requiredMessage(field: string, label: string, example: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined
      ? `缺少必填字段 \`${field}\`（${label}）。Missing required field \`${field}\`: add \`${field}: ${example}\`.`
      : `\`${field}\`（${label}）应为文本，例如 \`${field}: ${example}\`。\`${field}\` must be text, e.g. \`${field}: ${example}\`.`;
}

/** Non-empty text; NBSP and zero-width characters are folded so that they cannot hide in titles. */
export function text(field: string, label: string, example: string) {
  return z
    .string({ error: requiredMessage(field, label, example) })
    .transform((s) =>
      s
        .replace(/[\u200b-\u200d\ufeff]/g, '')
        .replace(/\u00a0/g, ' ')
        .trim(),
    )
    .pipe(
      z.string().min(1, {
        error: `\`${field}\`（${label}）不能为空。\`${field}\` is empty: write e.g. \`${field}: ${example}\`.`,
      }),
    );
}

/** `2024-04-18` or `2024-04-18 09:30`, Asia/Shanghai; normalised to that string. */
export function articleDate(field: string, label: string) {
  const schema = z.unknown().transform((value, ctx) => {
    const date = yamlValueToArticleDate(value);
    if (date !== undefined) return date;
    const suggestion = typeof value === 'string' ? suggestArticleDate(value) : undefined;
    if (suggestion !== undefined) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `\`${field}\`（${label}）请写作 \`${suggestion}\`。Write \`${field}: ${suggestion}\`: dates are \`YYYY-MM-DD\` or \`YYYY-MM-DD HH:mm\` (北京时间), not "${value}".`,
      });
      return z.NEVER;
    }
    ctx.addIssue({
      code: 'custom',
      input: value,
      message:
        value === undefined || value === null
          ? `缺少必填字段 \`${field}\`（${label}）。Missing required field \`${field}\`: add \`${field}: 2024-04-18\` or \`${field}: 2024-04-18 09:30\` (北京时间).`
          : `\`${field}\`（${label}）的值 ${JSON.stringify(value instanceof Date ? value.toISOString() : value)} 不是有效日期。\`${field}\` must be a real date written \`YYYY-MM-DD\` or \`YYYY-MM-DD HH:mm\` (北京时间), e.g. \`${field}: 2024-04-18\`.`,
    });
    return z.NEVER;
  });
  return schema.meta({ format: 'article-date' });
}

/** An absolute http(s) URL without credentials; IDN hosts are accepted and kept readable. */
export function httpUrl(field: string, label: string) {
  return z.string({ error: requiredMessage(field, label, 'https://www.gov.cn/…') }).transform((raw, ctx) => {
    const value = raw.trim();
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    const fail = (why: string) => {
      ctx.addIssue({
        code: 'custom',
        input: raw,
        message: `\`${field}\`（${label}）的值 "${raw}" ${why}`,
      });
      return z.NEVER;
    };
    if (!url) return fail('不是完整网址。It is not an absolute URL: copy the full address, starting with https:// or http://.');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return fail(`使用了不允许的协议 ${url.protocol}。Only http:// and https:// are allowed: copy the page's web address.`);
    }
    if (url.username || url.password) {
      return fail('包含用户名或密码。The URL carries credentials: remove the `user:password@` part.');
    }
    return value;
  });
}

/**
 * A path on this site, such as an article's old address: `/articles/2023/01/old-name/`.
 * Normalised to a leading and trailing slash; full URLs, `..` and non-ASCII are refused.
 */
export function sitePath(field: string) {
  return z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const path = value.endsWith('/') || /\.[a-z0-9]+$/i.test(value) ? value : `${value}/`;
    if (/^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+)?$/.test(path) && !path.split('/').includes('..')) return path;
    ctx.addIssue({
      code: 'custom',
      input: raw,
      message: `\`${field}\` 中的 "${raw}" 不是本站路径。"${raw}" is not a path on this site: write the old address without the domain, e.g. \`/articles/2023/01/old-name/\` (ASCII only).`,
    });
    return z.NEVER;
  });
}
