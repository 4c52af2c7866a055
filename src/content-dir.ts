/**
 * Where the editors' content lives. `ZHUANZAI_CONTENT_DIR` points a build at another
 * folder (test fixtures, the benchmark corpus); editors never need it.
 */
export const contentDir: string = process.env['ZHUANZAI_CONTENT_DIR'] ?? 'content';
