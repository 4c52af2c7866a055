import type { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ColumnsSchema, type Column } from './columns.ts';
import { issuesToProblems, type ContentProblem } from './problems.ts';
import { SiteSchema, type Site } from './site.ts';
import { parseSynonyms } from './search-synonyms.ts';
import { SourcesSchema, type Source } from './sources.ts';

/** The optional site-data file of search synonyms, in the content folder. */
export const SYNONYMS_FILE = 'search-synonyms.yaml';

export interface SiteData {
  site: Site;
  columns: Column[];
  sources: Source[];
  /** Groups of equivalent forms for search (`search-synonyms.yaml`); empty without the file. */
  synonyms: string[][];
}

/** The three site-data files, as text, with the names to report them under. */
export interface SiteDataFiles {
  site: { file: string; text: string };
  columns: { file: string; text: string };
  sources: { file: string; text: string };
  /** `search-synonyms.yaml`, when the content folder has one. */
  synonyms?: { file: string; text: string } | undefined;
}

export type SiteDataResult = { ok: true; data: SiteData } | { ok: false; problems: ContentProblem[] };

/** Parses YAML strictly: duplicate keys and syntax errors become problems with a line. */
export function parseYamlFile(file: string, text: string): { value: unknown; problems: ContentProblem[] } {
  try {
    return { value: parseYaml(text.replace(/^\ufeff/, ''), { uniqueKeys: true, prettyErrors: true }), problems: [] };
  } catch (error) {
    const pos = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      value: undefined,
      problems: [
        {
          file,
          field: '-',
          severity: 'error',
          message: `YAML 格式错误：${message}. Fix the YAML syntax at this line (indentation, a missing colon, or a duplicate key).`,
          ...(pos ? { line: pos.line, column: pos.col } : {}),
        },
      ],
    };
  }
}

/** Validates site.yaml, columns.yaml, sources.yaml and search-synonyms.yaml together, reporting every problem. */
export function parseSiteData(files: SiteDataFiles): SiteDataResult {
  const problems: ContentProblem[] = [];
  const check = <T>(schema: z.ZodType<T>, entry: { file: string; text: string }): T | undefined => {
    const { value, problems: yamlProblems } = parseYamlFile(entry.file, entry.text);
    if (yamlProblems.length > 0) {
      problems.push(...yamlProblems);
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    problems.push(...issuesToProblems(entry.file, result.error.issues));
    return undefined;
  };
  const site = check<Site>(SiteSchema, files.site);
  const columns = check<Column[]>(ColumnsSchema, files.columns);
  const sources = check<Source[]>(SourcesSchema, files.sources);
  let synonyms: string[][] = [];
  if (files.synonyms) {
    const { file, text } = files.synonyms;
    const parsed = parseYamlFile(file, text);
    const result = parsed.problems.length > 0 ? { groups: [], problems: parsed.problems } : parseSynonyms(file, parsed.value, text);
    problems.push(...result.problems);
    synonyms = result.groups;
  }
  if (problems.length > 0 || !site || !columns || !sources) return { ok: false, problems };
  return { ok: true, data: { site, columns, sources, synonyms } };
}
