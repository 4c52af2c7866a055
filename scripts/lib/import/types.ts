import type { Root } from 'mdast';

/** What an importer needs to know besides the page. */
export interface ExtractContext {
  /** The page's address when it was fetched or given with `--url`. */
  url?: string | undefined;
  /** Column names from content/columns.yaml, for breadcrumbs. */
  columns: readonly string[];
  /** `--category`, used when no breadcrumb names a known column. */
  category?: string | undefined;
}

/** The article as found on the page, before sources are resolved and files written. `null` = not found. */
export interface ArticleDraft {
  title: string | null;
  date: string | null;
  source: string | null;
  author: string | null;
  originalUrl: string | null;
  editor: string | null;
  category: string | null;
  body: Root;
  /** 原标题 printed on the page, when it differs from the headline. */
  originalTitle?: string | undefined;
  /** The URL relative links and images resolve against. */
  baseUrl: string | null;
}
