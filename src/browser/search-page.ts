/**
 * The search page: reads its query from the address, runs it, and shows the results, the facets, every
 * filter in force, or what to try when nothing is found.
 */
import { limitQuery, MAX_QUERY_CHARS, openIndex, type Answer, type SearchIndex } from '../search/engine.js';
import type { DocInfo } from '../search/format.js';
import { snippet } from '../search/snippet.js';
import { el } from './dom.js';
import { load, problem } from './index-loader.js';
import { aliasOf, dayLabel, monthParam, readFilters, type PageQuery } from './search-filters.js';

const PAGE = 10;

/** The search page's parts, as its template sets them out. */
interface PageParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  facetsBox: HTMLElement;
  more: HTMLButtonElement;
}

/** What a search found, with what the status line says of it. */
interface Found {
  index: SearchIndex;
  query: PageQuery;
  answer: Answer;
  /** The filters in force, as the reader chose them. */
  filters: string[];
  /** What the reader is told of a query cut short. */
  cutNote: string;
  /** The link that takes every filter away. */
  clear: () => HTMLElement;
}

/** Runs the search page in `root`: its query from the address, its answer on the page. */
export async function searchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form') as HTMLFormElement;
  const parts: PageParts = {
    form,
    input: form.elements.namedItem('q') as HTMLInputElement,
    status: root.querySelector('#search-status') as HTMLElement,
    list: root.querySelector('#results') as HTMLOListElement,
    facetsBox: root.querySelector('#facets') as HTMLElement,
    more: root.querySelector('#more') as HTMLButtonElement,
  };
  const query: PageQuery = readFilters(new URLSearchParams(location.search));
  fillForm(parts, query);
  const index = await openIndex(load);
  offerSuggestions(parts.input, index);
  // An office's other name (东湖街道办事处 for 东湖办) finds that office's articles.
  const alias = !query.office ? aliasOf(query.q) : null;
  if (alias) Object.assign(query, { office: alias, q: '' });
  if (!query.q && !query.office && !query.reporter && !query.month && !query.from && !query.to) {
    parts.status.textContent = '输入关键词或单位名称开始搜索。';
    return;
  }
  parts.status.textContent = '正在搜索…';
  const answer = await index.search(query);
  // Within one issue: the month's matches, those of that day kept (the index knows months, a result its day).
  if (query.day) {
    const day = dayLabel(query.day);
    const infos = await Promise.all(answer.matches.map((m) => index.info(m.doc)));
    answer.matches = answer.matches.filter((_, k) => infos[k]!.date === day);
  }
  const facets: Facets = { office: answer.facets.office, reporter: [], month: answer.facets.month };
  if (!query.day) renderFacets(parts.facetsBox, facets, query);
  const found: Found = {
    index,
    query,
    answer,
    filters: filtersInForce(query, alias),
    cutNote: answer.cut ? `（查询太长，只搜索了前 ${MAX_QUERY_CHARS} 个字）` : '',
    // Every filter in force is said, with one control that takes them all away.
    clear: () =>
      el('a', { href: link({ q: parts.input.value, sort: query.sort }), class: 'clear-filters' }, '清除筛选'),
  };
  if (!answer.matches.length) return showNothingFound(parts, found);
  const aliasNote = alias ? `“${parts.input.value}”是${alias}的别称，以下是${alias}的文章。` : '';
  await showResults(parts, found, aliasNote);
  // Reporter counts need their own file: they follow the first results instead of holding them up.
  facets.reporter = await index.reporterFacet(answer.matches);
  renderFacets(parts.facetsBox, facets, query);
}

/** Sets the form to the query; a new query then starts afresh. */
function fillForm({ form, input }: PageParts, query: PageQuery): void {
  input.value = query.q;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = query.sort;
  for (const key of ['office', 'reporter', 'month', 'from', 'to'] as const) {
    const field = form.elements.namedItem(key) as HTMLInputElement | null;
    if (field) field.value = query[key] ?? '';
  }
  // A new query starts afresh: the filters chosen for the last one are not carried over unseen.
  form.addEventListener('submit', () => {
    if (input.value === query.q) return;
    for (const key of ['office', 'reporter', 'month', 'day'] as const) {
      const hidden = form.elements.namedItem(key) as HTMLInputElement | null;
      if (hidden) hidden.disabled = true;
    }
  });
}

/** The filters in force, in words (an office found by its other name is said by the note instead). */
function filtersInForce(query: PageQuery, alias: string | null): string[] {
  return [
    alias ? undefined : query.office,
    query.reporter,
    query.month && monthParam(query.month),
    query.day
      ? `${dayLabel(query.day)}这一期`
      : query.from || query.to
        ? `${query.from ? monthParam(query.from) : ''}至${query.to ? monthParam(query.to) : '今'}`
        : undefined,
  ].filter((f): f is string => Boolean(f));
}

/** Nothing found: says so, with a shorter query that finds something, the filters to clear, and keywords. */
async function showNothingFound({ status, more }: PageParts, found: Found): Promise<void> {
  const { index, query, filters } = found;
  const searched = limitQuery(query.q).q;
  status.textContent = `没有找到包含“${searched}”${filters.length ? `且符合筛选条件（${filters.join('、')}）` : ''}的文章。${found.cutNote}`;
  const tips = el('ul', { class: 'suggestions' });
  // A shorter query is offered only if it finds something (a few tries, each one character shorter).
  let shorter = [...searched].slice(0, -1).join('');
  for (let tries = 0; shorter.trim() && tries < 4; tries++, shorter = [...shorter].slice(0, -1).join('')) {
    if ((await index.search({ ...query, q: shorter })).matches.length) {
      tips.append(el('li', {}, '试试更短的词：', el('a', { href: link({ ...query, q: shorter }) }, shorter)));
      break;
    }
  }
  if (filters.length) tips.append(el('li', {}, found.clear()));
  // Suggestions are a help, not the answer: without their file the page still says what it found.
  const words = searched ? await index.suggest(searched, 5).catch(() => []) : [];
  if (words.length) {
    const item = el('li', {}, '试试这些词：');
    words.forEach((w, k) =>
      item.append(k ? '、' : '', el('a', { href: link({ ...query, q: w }), class: 'suggestion' }, w)),
    );
    tips.append(item);
  }
  status.append(tips);
  more.hidden = true;
}

/** The count and filters, then the results a page at a time (the "more" button shows the next). */
async function showResults({ status, list, more }: PageParts, found: Found, aliasNote: string): Promise<void> {
  const { index, answer, filters } = found;
  status.textContent = `${aliasNote}找到 ${answer.matches.length} 篇文章${filters.length ? `（筛选：${filters.join('、')}）` : ''}。${found.cutNote}`;
  if (filters.length) status.append(' ', found.clear());
  let shown = 0;
  const showMore = async (): Promise<void> => {
    const slice = answer.matches.slice(shown, shown + PAGE);
    shown += slice.length;
    const infos = await Promise.all(slice.map((m) => index.info(m.doc)));
    for (const info of infos) list.append(resultItem(info, answer));
    more.hidden = shown >= answer.matches.length;
  };
  more.addEventListener(
    'click',
    () => void showMore().catch((error: Error) => (status.textContent = `搜索出错：${problem(error)}`)),
  );
  await showMore();
}

type Facets = Record<'office' | 'reporter' | 'month', [string, number][]>;

/** Keywords of the archive offered under the search box as the reader types (loaded on the first keystroke). */
export function offerSuggestions(input: HTMLInputElement, index: SearchIndex, id = 'search-suggestions'): void {
  const list = el('datalist', { id });
  input.after(list);
  input.setAttribute('list', list.id);
  let asked = '';
  input.addEventListener('input', () => {
    const q = (asked = input.value);
    if (!q.trim()) return list.replaceChildren();
    index.suggest(q).then(
      (words) => void (asked === q && list.replaceChildren(...words.map((w) => el('option', { value: w })))),
      () => list.replaceChildren(),
    );
  });
}

function link(q: Partial<PageQuery>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v && !(k === 'sort' && v === 'relevance')) p.set(k, v);
  return `search.html?${p.toString()}`;
}

function resultItem(info: DocInfo, answer: Answer): HTMLLIElement {
  const href = `${info.url}${answer.runs.length ? `?hl=${encodeURIComponent(answer.runs.join(' '))}` : ''}`;
  const title = el('a', { href }, info.title);
  const head = el('h2', {}, title);
  if (info.inferred) head.append(' ', el('span', { class: 'badge' }, '标题为推断'));
  const meta = el('p', { class: 'meta' }, [info.kicker ?? info.office, info.date].filter(Boolean).join(' · '));
  const snip = el('p', { class: 'snippet' });
  for (const piece of snippet(info, answer.runs)) snip.append(piece.hit ? el('mark', {}, piece.text) : piece.text);
  return el('li', {}, head, meta, snip);
}

function renderFacets(box: HTMLElement, facets: Facets, query: PageQuery): void {
  box.replaceChildren();
  const groups: [keyof Facets, string][] = [
    ['office', '单位'],
    ['reporter', '作者'],
    ['month', '月份'],
  ];
  for (const [key, label] of groups) {
    const values = facets[key];
    if (!values.length) continue;
    const ul = el('ul', {});
    for (const [name, count] of values.slice(0, 12)) {
      const active = query[key] === name;
      const label = key === 'month' ? `${name.slice(0, 4)}年${Number(name.slice(5, 7))}月` : name;
      const a = el('a', { href: link({ ...query, [key]: active ? undefined : name }) }, `${label}（${count}）`);
      if (active) a.setAttribute('aria-current', 'true');
      ul.append(el('li', {}, a));
    }
    box.append(el('section', { 'aria-label': `按${label}筛选` }, el('h2', {}, label), ul));
  }
}
