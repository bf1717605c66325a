/**
 * The browser side of search: loads index files with <script> tags (no fetch, no modules, so it works from
 * file://), runs the shared engine, renders results; on article pages it highlights the hits of ?hl=.
 * Every text is inserted as text (textContent / text nodes), never as HTML. Every wait has an end: a data
 * file that does not load in LOAD_TIMEOUT_MS, or loads without registering its data (cut short, empty),
 * ends the search with a message naming it.
 */
import { limitQuery, MAX_QUERY_CHARS, openIndex, type Answer, type Query, type SearchIndex } from '../search/engine.js';
import { IndexFileError, type DocInfo } from '../search/format.js';
import { findSpans as findSpansIn, snippet } from '../search/snippet.js';
import { queryRuns } from '../search/tokenize.js';
import { aliasOf, dayLabel, monthParam, readFilters, type PageQuery } from './search-filters.js';

declare global {
  interface Window {
    baokuSearch: {
      add(name: string, data: unknown): void;
      search(query: Query): Promise<{ id: string; score: number }[]>;
    };
  }
}

const pending = new Map<string, (data: unknown) => void>();
const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();
window.baokuSearch = {
  add(name, data) {
    loaded.set(name, data);
    pending.get(name)?.(data);
  },
  /** The engine as a page API: every match of a query, best first (the CLI answers the same). */
  async search(query) {
    const index = await openIndex(load);
    const { matches } = await index.search(query);
    const ids = await index.idsOf(matches);
    return matches.map((m, k) => ({ id: ids[k]!, score: m.score }));
  },
};

const scriptBase = ((document.currentScript as HTMLScriptElement | null)?.src ?? '').replace(/[^/]*$/, '');

/** How long a data file may take to load (a slow host, a stalled USB stick) before the search gives up. */
const LOAD_TIMEOUT_MS = 20_000;

/** Loads a data file once, however many terms ask for it at the same time. */
function load(name: string): Promise<unknown> {
  if (loaded.has(name)) return Promise.resolve(loaded.get(name));
  let p = loading.get(name);
  if (!p) {
    p = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      const timer = setTimeout(
        () =>
          reject(
            new Error(`搜索索引文件 search/${name}.js 在 ${LOAD_TIMEOUT_MS / 1000} 秒内没有载入。请刷新页面再试。`),
          ),
        LOAD_TIMEOUT_MS,
      );
      pending.set(name, (data) => {
        clearTimeout(timer);
        resolve(data);
      });
      s.src = `${scriptBase}search/${name}.js`;
      s.onerror = () => {
        clearTimeout(timer);
        reject(new Error(`搜索索引文件 search/${name}.js 无法载入（文件不存在或无法读取）。`));
      };
      // A script runs before its load event: one that loaded and registered nothing is cut short or empty
      // (a syntax error stops it), and nothing else would ever answer.
      s.onload = () => {
        clearTimeout(timer);
        if (!loaded.has(name)) reject(new IndexFileError(name, 'is cut short or damaged'));
      };
      document.head.appendChild(s);
    });
    loading.set(name, p);
  }
  return p;
}

/** What the reader is told when the search cannot go on. */
function problem(error: Error): string {
  if (error instanceof IndexFileError)
    return `搜索索引文件 search/${error.file}.js 不完整或已损坏，无法搜索。请告知网站管理者（重新生成网站即可修复）。`;
  return error.message;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

const PAGE = 10;

async function searchPage(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = root.querySelector('#search-status') as HTMLElement;
  const list = root.querySelector('#results') as HTMLOListElement;
  const facetsBox = root.querySelector('#facets') as HTMLElement;
  const more = root.querySelector('#more') as HTMLButtonElement;
  const query: PageQuery = readFilters(params);
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
  const index = await openIndex(load);
  offerSuggestions(input, index);
  // An office's other name (东湖街道办事处 for 东湖办) finds that office's articles.
  const alias = !query.office ? aliasOf(query.q) : null;
  if (alias) Object.assign(query, { office: alias, q: '' });
  if (!query.q && !query.office && !query.reporter && !query.month && !query.from && !query.to) {
    status.textContent = '输入关键词或单位名称开始搜索。';
    return;
  }
  status.textContent = '正在搜索…';
  const answer = await index.search(query);
  // Within one issue: the month's matches, those of that day kept (the index knows months, a result its day).
  if (query.day) {
    const day = dayLabel(query.day);
    const infos = await Promise.all(answer.matches.map((m) => index.info(m.doc)));
    answer.matches = answer.matches.filter((_, k) => infos[k]!.date === day);
  }
  const cutNote = answer.cut ? `（查询太长，只搜索了前 ${MAX_QUERY_CHARS} 个字）` : '';
  const facets: Facets = { office: answer.facets.office, reporter: [], month: answer.facets.month };
  if (!query.day) renderFacets(facetsBox, facets, query);
  const filters = [
    alias ? undefined : query.office,
    query.reporter,
    query.month && monthParam(query.month),
    query.day
      ? `${dayLabel(query.day)}这一期`
      : query.from || query.to
        ? `${query.from ? monthParam(query.from) : ''}至${query.to ? monthParam(query.to) : '今'}`
        : undefined,
  ].filter(Boolean);
  const aliasNote = alias ? `“${input.value}”是${alias}的别称，以下是${alias}的文章。` : '';
  // Every filter in force is said, with one control that takes them all away.
  const clear = (): HTMLElement =>
    el('a', { href: link({ q: input.value, sort: query.sort }), class: 'clear-filters' }, '清除筛选');
  if (!answer.matches.length) {
    const searched = limitQuery(query.q).q;
    status.textContent = `没有找到包含“${searched}”${filters.length ? `且符合筛选条件（${filters.join('、')}）` : ''}的文章。${cutNote}`;
    const tips = el('ul', { class: 'suggestions' });
    // A shorter query is offered only if it finds something (a few tries, each one character shorter).
    let shorter = [...searched].slice(0, -1).join('');
    for (let tries = 0; shorter.trim() && tries < 4; tries++, shorter = [...shorter].slice(0, -1).join('')) {
      if ((await index.search({ ...query, q: shorter })).matches.length) {
        tips.append(el('li', {}, '试试更短的词：', el('a', { href: link({ ...query, q: shorter }) }, shorter)));
        break;
      }
    }
    if (filters.length) tips.append(el('li', {}, clear()));
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
    return;
  }
  status.textContent = `${aliasNote}找到 ${answer.matches.length} 篇文章${filters.length ? `（筛选：${filters.join('、')}）` : ''}。${cutNote}`;
  if (filters.length) status.append(' ', clear());
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
  // Reporter counts need their own file: they follow the first results instead of holding them up.
  facets.reporter = await index.reporterFacet(answer.matches);
  renderFacets(facetsBox, facets, query);
}

type Facets = Record<'office' | 'reporter' | 'month', [string, number][]>;

/** Keywords of the archive offered under the search box as the reader types (loaded on the first keystroke). */
function offerSuggestions(input: HTMLInputElement, index: SearchIndex, id = 'search-suggestions'): void {
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

/** On an article page opened from a result, marks every hit of the query in the article. */
function highlightArticle(article: HTMLElement, query: string): void {
  const runs = queryRuns(limitQuery(query).q);
  if (!runs.length) return;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement;
    if (parent && !parent.closest('.source, .cite, script, style')) nodes.push(n as Text);
  }
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.data;
    const spans = findSpansIn(text, runs);
    if (!spans.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of spans) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = el('mark', {}, text.slice(s, e));
      first ??= mark;
      frag.append(mark);
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  first?.scrollIntoView({ block: 'center' });
}

document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('search');
  if (root) {
    searchPage(root).catch((error: Error) => {
      const status = document.getElementById('search-status');
      if (status) status.textContent = `搜索出错：${problem(error)}`;
    });
  }
  // The header's box offers keywords too, on any page: the index opens when the reader first types there.
  const header = document.getElementById('q') as HTMLInputElement | null;
  if (header && !root) {
    const start = (): void => {
      header.removeEventListener('focus', start);
      openIndex(load).then(
        (index) => {
          offerSuggestions(header, index, 'q-suggestions');
          // What was typed while the index opened is answered now.
          if (header.value.trim()) header.dispatchEvent(new Event('input'));
        },
        () => undefined,
      );
    };
    header.addEventListener('focus', start);
  }
  const article = document.querySelector<HTMLElement>('article.article');
  const hl = new URLSearchParams(location.search).get('hl');
  if (article && hl) highlightArticle(article, hl);
});
