/**
 * Loads the index's data files with <script> tags (no fetch, no modules, so it works from file://). Every
 * wait has an end: a data file that does not load in LOAD_TIMEOUT_MS, or loads without registering its
 * data (cut short, empty), ends the search with a message naming it.
 */
import { IndexFileError } from '../search/format.js';

/** Data files registered so far (by baokuSearch.add), and the loads waiting for theirs. */
const pending = new Map<string, (data: unknown) => void>();
const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();

/** Where the data files are: search/ beside this script. */
const scriptBase = ((document.currentScript as HTMLScriptElement | null)?.src ?? '').replace(/[^/]*$/, '');

/** Registers a data file's payload: what each data script calls when it runs. */
export function register(name: string, data: unknown): void {
  loaded.set(name, data);
  pending.get(name)?.(data);
}

/** How long a data file may take to load (a slow host, a stalled USB stick) before the search gives up. */
const LOAD_TIMEOUT_MS = 20_000;

/** Loads a data file once, however many terms ask for it at the same time. */
export function load(name: string): Promise<unknown> {
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
export function problem(error: Error): string {
  if (error instanceof IndexFileError)
    return `搜索索引文件 search/${error.file}.js 不完整或已损坏，无法搜索。请告知网站管理者（重新生成网站即可修复）。`;
  return error.message;
}
