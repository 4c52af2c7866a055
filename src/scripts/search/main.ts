import { documentNumbers } from '../../lib/document-numbers.ts';
import { contentToExcerpt, excerptToParts, type ExcerptPart } from '../../lib/search-excerpt.ts';
import { queryToTerms } from '../../lib/search-query.ts';
import { groupsToIndex } from '../../lib/search-synonyms.ts';
import { FILTER_PARAMS, paramsToState, stateToParams, type FilterParam, type SearchState } from '../../lib/search-state.ts';
import { runSearch, type Outcome } from './engine.ts';
import { loadPagefind, siteManifest, type PagefindData, type SearchIndex } from './pagefind.ts';
import { toSimplified } from './t2s.ts';

const PAGE_SIZE = 10;

const root = document.getElementById('search')!;
const base = root.dataset['base'] ?? '/';
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const facetBox = document.getElementById('search-facets')!;
const facetPanel = document.getElementById('search-filters') as HTMLDetailsElement;
const sortBox = document.getElementById('search-sort')!;
const suggest = document.getElementById('search-suggest')!;
const partialBox = document.getElementById('search-partial')!;
// The synonym register the page carries (src/pages/search.astro).
const synonyms = groupsToIndex(JSON.parse(root.dataset['synonyms'] ?? '[]') as string[][]);

let current: { state: SearchState; outcome: Outcome; shown: number; status?: () => void } | undefined;
let generation = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function href(state: SearchState): string {
  const params = stateToParams(state).toString();
  return params ? `?${params}` : location.pathname;
}

function link(text: string, state: SearchState, isCurrent: boolean): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href(state);
  if (isCurrent) a.setAttribute('aria-current', 'true');
  return a;
}

function appendParts(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const p of parts) parent.append(p.mark ? el('mark', p.text) : document.createTextNode(p.text));
}

function renderResult(d: PagefindData, marks: readonly (readonly string[])[]): HTMLLIElement {
  const li = el('li', undefined, 'search-result');
  const h = el('h2');
  const a = el('a', d.meta['title'] ?? d.url);
  a.href = d.url;
  h.append(a);
  const meta = el('p', undefined, 'search-result-meta');
  const date = el('time', d.meta['date'] ?? '');
  if (d.meta['date']) date.dateTime = d.meta['date'];
  meta.append('发布时间：', date, ` 来源：${d.meta['source'] ?? ''} 栏目：${d.meta['column'] ?? ''}`);
  const excerpt = el('p', undefined, 'search-result-excerpt');
  // Pagefind's content starts with the <h1>: the excerpt should show the body, not the title again.
  const title = d.meta['title'] ?? '';
  const body = title && d.content.startsWith(title) ? d.content.slice(title.length).trimStart() : d.content;
  appendParts(excerpt, contentToExcerpt(body, marks) ?? excerptToParts(d.excerpt));
  li.append(h, meta, excerpt);
  return li;
}

function renderSort(state: SearchState): void {
  sortBox.replaceChildren(
    '排序：',
    link('按相关度', { ...state, sort: 'relevance' }, state.sort === 'relevance'),
    ' ',
    link('按时间', { ...state, sort: 'date' }, state.sort === 'date'),
  );
  sortBox.hidden = !state.q;
}

async function renderFacets(state: SearchState, outcome: Outcome, gen: number): Promise<void> {
  if (!facetPanel.open) return;
  facetBox.setAttribute('aria-busy', 'true');
  const facets = await outcome.facets();
  if (gen !== generation) return;
  facetBox.replaceChildren();
  for (const key of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    const group = FILTER_PARAMS[key];
    const counts = Object.entries(facets[group] ?? {});
    if (counts.length === 0) continue;
    counts.sort(key === 'year' ? (x, y) => y[0].localeCompare(x[0]) : (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const nav = el('nav', undefined, 'search-facet');
    nav.setAttribute('aria-label', `按${group}筛选`);
    const ul = el('ul');
    const { [key]: selected, ...others } = state.filters;
    const all = el('li');
    all.append(link('全部', { ...state, filters: others }, selected === undefined));
    ul.append(all);
    for (const [value, n] of counts) {
      const li = el('li');
      li.append(link(`${value}（${n}）`, { ...state, filters: { ...others, [key]: value } }, selected === value));
      ul.append(li);
    }
    nav.append(el('h2', group), ul);
    facetBox.append(nav);
  }
  facetBox.setAttribute('aria-busy', 'false');
}

async function showMore(gen: number): Promise<void> {
  if (!current) return;
  const { outcome } = current;
  const from = current.shown;
  const page = await outcome.page(from + PAGE_SIZE);
  if (gen !== generation) return;
  const items = page.slice(from).map((d) => renderResult(d, outcome.marks(d)));
  list.append(...items);
  current.shown = page.length;
  more.hidden = current.shown >= outcome.total;
  // An approximate count shrinks as the pages shown are checked.
  if (from > 0) current.status?.();
  if (from > 0) items[0]?.querySelector('a')?.focus();
}

/**
 * The search over the shards merged so far; with a Traditional-looking query, retried as typed
 * when the conversion finds nothing. `quick`: a first answer (see `runSearch`).
 */
async function searchMerged(
  index: SearchIndex,
  state: SearchState,
  simplified: string,
  quick?: number,
): Promise<{ query: string; outcome: Outcome }> {
  const options = { quick, shards: index.searched(), synonyms };
  const outcome = await runSearch(index.pf, state, simplified, options);
  // A name with a rare character can look Traditional; if the conversion finds nothing, try it as typed.
  if (outcome.total === 0 && simplified !== state.q) return { query: state.q, outcome: await runSearch(index.pf, state, state.q, options) };
  return { query: simplified, outcome };
}

async function run(state: SearchState): Promise<void> {
  const gen = ++generation;
  input.value = state.q;
  document.title = state.q ? `${state.q} - 搜索 - ${root.dataset['site'] ?? ''}` : (root.dataset['title'] ?? document.title);
  list.setAttribute('aria-busy', 'true');
  list.replaceChildren();
  suggest.replaceChildren();
  suggest.hidden = true;
  partialBox.replaceChildren();
  partialBox.hidden = true;
  more.hidden = true;
  current = undefined;
  const hasFilter = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilter) {
    status.textContent = '请输入关键词搜索文章。';
    facetBox.replaceChildren();
    facetPanel.hidden = true;
    sortBox.hidden = true;
    list.setAttribute('aria-busy', 'false');
    return;
  }
  status.textContent = '正在搜索…';
  try {
    const [manifest, simplified] = await Promise.all([siteManifest(base), toSimplified(state.q)]);
    // On a sharded site the page postings answer most queries without Pagefind at all: a rare
    // name or a compound query from the few pages that can hold it, a word on many pages title
    // matches first, then newest (complete.ts). Not a document number, nor a year (its shards
    // alone are searched), nor the few pages whose order needs Pagefind's scores.
    const direct =
      manifest.postings !== undefined && state.q !== '' && state.filters.year === undefined && documentNumbers(simplified).length === 0;
    if (direct) {
      const answer = await import('./complete.ts')
        .then((c) =>
          c.fromPostings(manifest, base, state, simplified, synonyms, {
            cap: manifest.postings?.cap,
            index: () => loadPagefind(base),
            // When nothing holds every piece: the partial matches of the newest shards, as the first answer offers them.
            partial: async () => {
              const index = await loadPagefind(base);
              return (await runSearch(index.pf, state, simplified, { shards: index.searched(), synonyms })).partial();
            },
          }),
        )
        // A file that fails to load (an interrupted deploy) leaves the search to Pagefind.
        .catch((error: unknown) => (console.warn(error), undefined));
      if (gen !== generation) return;
      if (answer) {
        const { query, outcome } = answer;
        // The first page at once; then the few pages still unchecked, for the exact count.
        await show(state, query, outcome, gen, outcome.settle ? '（正在核对其余文章…）' : '');
        if (outcome.settle) {
          await outcome.settle();
          if (gen !== generation) return;
          list.replaceChildren();
          await show(state, query, outcome, gen, '');
        }
        if (gen === generation) list.setAttribute('aria-busy', 'false');
        return;
      }
    }
    const index = await loadPagefind(base);
    // A year filter needs that year's shards; a document number (〔2022〕1号) its year's too.
    const years = state.filters.year !== undefined ? [state.filters.year] : documentNumbers(simplified).map((d) => d.year);
    await Promise.all(years.map((year) => index.mergeYear(year)));
    // A year filter needs that year only; otherwise every shard that can hold the query must be searched.
    const complete = () => state.filters.year !== undefined || index.merged() === index.shards.length;
    // On a large site only the newest shards are merged so far: a quick first answer will do.
    let { query, outcome } = await searchMerged(index, state, simplified, complete() ? undefined : PAGE_SIZE);
    if (!complete()) {
      // Large sites index each year (or part of one) apart. When the newest shards hold a match,
      // show it at once (the first answer costs their index and a page of fragments), then
      // search every other shard that can hold the query (the bigram directory tells which:
      // src/lib/shard-grams.ts) and show that.
      if (outcome.total > 0) {
        if (gen !== generation) return;
        await show(state, query, outcome, gen, '（正在检索更早的年份…）');
        if (gen !== generation) return;
      }
      const forms = [...new Set([simplified, state.q])].map(queryToTerms);
      const needed = (await Promise.all(forms.map((terms) => index.lookup(terms, synonyms)))).flatMap((n) => n.shards);
      // (The page postings were asked first, above: the query needs Pagefind's scores, or a filter.)
      await index.mergeShards(needed);
      ({ query, outcome } = await searchMerged(index, state, simplified));
    }
    if (gen !== generation) return;
    list.replaceChildren();
    await show(state, query, outcome, gen, '');
  } catch (error) {
    if (gen !== generation) return;
    status.textContent = '搜索暂时不可用，请稍后再试。';
    console.error(error);
  }
  list.setAttribute('aria-busy', 'false');
}

/** Renders an outcome: sort links, facets, the first page of results and the status line. */
async function show(state: SearchState, query: string, outcome: Outcome, gen: number, pending: string): Promise<void> {
  const hasFilter = Object.keys(state.filters).length > 0;
  current = { state, outcome, shown: 0 };
  renderSort(state);
  facetPanel.hidden = outcome.total === 0 && !hasFilter;
  if (hasFilter) facetPanel.open = true;
  void renderFacets(state, outcome, gen);
  await showMore(gen);
  if (gen !== generation) return;
  // Always the same shape, with the number, so the count can be read by people and scripts alike.
  const what = state.q ? `与“${state.q}”相关的` : '';
  const converted = query !== state.q ? `（已按简体“${query}”搜索）` : '';
  const none = outcome.total === 0 && !pending;
  const hint = none && outcome.words.length < 2 ? '请尝试更短的关键词或按栏目浏览。' : '';
  const line = () => {
    const rough = outcome.approximate && !pending ? '（约数，翻页时逐篇核对）' : '';
    status.textContent = `找到 ${outcome.total} 篇${what}文章${converted}${rough}${pending}。${hint}`;
  };
  line();
  if (current?.outcome === outcome) current.status = line;
  if (none && outcome.words.length > 1) await renderSuggestions(state, outcome, gen);
  // For measuring (npm run bench): when the first results of a query were on screen.
  if (pending || !performance.getEntriesByName(`search:${gen}`).length) performance.mark(`search:${gen}`);
}

/**
 * Nothing holds every word: one sentence naming them, each a link that searches it alone, and
 * (outside `#search-results`) the loaded articles that hold some of them.
 */
async function renderSuggestions(state: SearchState, outcome: Outcome, gen: number): Promise<void> {
  const quoted = outcome.words.map((w) => `“${w}”`).join('');
  suggest.append(`没有同时包含${quoted}的文章，可以去掉一个词再搜：`);
  outcome.words.forEach((w, i) => {
    if (i > 0) suggest.append('、');
    suggest.append(link(w, { q: w, sort: state.sort, filters: state.filters }, false));
  });
  suggest.append('。');
  suggest.hidden = false;
  const partial = await outcome.partial();
  if (gen !== generation || partial.length === 0) return;
  const ul = el('ul');
  for (const d of partial) {
    const li = el('li');
    const a = el('a', d.meta['title'] ?? d.url);
    a.href = d.url;
    li.append(a);
    ul.append(li);
  }
  partialBox.append(el('h2', '只包含部分关键词的文章'), ul);
  partialBox.hidden = false;
}

function go(state: SearchState): void {
  history.pushState(null, '', href(state));
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = paramsToState(new URLSearchParams(location.search));
  go({ q: input.value.trim(), sort: state.sort, filters: {} });
});
root.addEventListener('click', (event) => {
  const a = (event.target as Element).closest('a');
  if (!a || !root.contains(a) || a.closest('#search-results') || !a.search.startsWith('?') || event.metaKey || event.ctrlKey) return;
  event.preventDefault();
  go(paramsToState(new URLSearchParams(a.search)));
});
more.addEventListener('click', () => void showMore(generation));
facetPanel.addEventListener('toggle', () => {
  if (current) void renderFacets(current.state, current.outcome, generation);
});
addEventListener('popstate', () => void run(paramsToState(new URLSearchParams(location.search))));
root.classList.add('search-ready');
void run(paramsToState(new URLSearchParams(location.search)));
