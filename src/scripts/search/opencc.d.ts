declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  /** OpenCC's Traditional → Simplified dictionaries (TSPhrases, TSCharacters). */
  const toCn: DictGroup[];
  export default toCn;
}
