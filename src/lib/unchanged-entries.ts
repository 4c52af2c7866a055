/**
 * Part of the articles' loader (src/content.config.ts), apart so that it can be tested without Astro.
 */

export interface EntryInfoParams {
  contents: string;
  fileUrl: URL;
}

/** What this needs of a content entry type (the glob loader's `entryTypes`, keyed by extension). */
export interface EntryInfoType {
  getEntryInfo?: (params: EntryInfoParams) => unknown;
}

/** What this needs of the loader's context. */
export interface StoreContext {
  store: { get(id: string): { filePath?: string | undefined; digest?: string | number | undefined } | undefined };
  generateDigest(data: string): string;
}

/**
 * The entry types with the frontmatter left unparsed for a file whose stored entry has its digest.
 * The glob loader parses every file's frontmatter before it compares digests, and keeps the stored
 * entry untouched when they match without using what it parsed (our `generateId` reads only the
 * path): at 100,000 articles, a rebuild after one edit parsed 100,000 frontmatters for nothing.
 * The test is the glob loader's own (same digest function, an entry with a `filePath`).
 */
export function withUnchangedFilesUnparsed<T extends EntryInfoType>(
  types: ReadonlyMap<string, T>,
  context: StoreContext,
  idOf: (fileUrl: URL) => string,
): Map<string, T> {
  const unparsed = new Map<string, T>();
  for (const [extension, type] of types) {
    const getEntryInfo = type.getEntryInfo;
    unparsed.set(
      extension,
      getEntryInfo
        ? {
            ...type,
            getEntryInfo: (params: EntryInfoParams) => {
              const stored = context.store.get(idOf(params.fileUrl));
              if (stored?.filePath && stored.digest === context.generateDigest(params.contents)) return { data: {}, body: '' };
              return getEntryInfo.call(type, params);
            },
          }
        : type,
    );
  }
  return unparsed;
}
