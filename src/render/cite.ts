/**
 * How an article is cited: the plain source line, GB/T 7714 (the Chinese national standard for
 * references, newspaper type [N]), and forms shaped like APA and MLA, each with the permalink when the
 * site has an address.
 */
import { formatDate } from '../site/model.js';

/** What a citation is made of. */
export interface CiteInput {
  title: string;
  /** Reporters, correspondents and signature authors, in that order. */
  authors: readonly string[];
  paper: string;
  date: string | null;
  dateInferred: boolean;
  pageNumber: number;
  /** The article's absolute address, or null for a site without one (the page adds where it is read). */
  permalink: string | null;
}

/** The citation forms an article page offers, each ready to copy. */
export interface Citations {
  source: string;
  gbt: string;
  apa: string;
  mla: string;
}

/** GB/T 7714 lists three authors, then 等. */
function authorList(authors: readonly string[], and: string): string {
  if (!authors.length) return '';
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, ${and}` : authors.join(', ');
}

/** Every citation form of an article. */
export function citations(c: CiteInput): Citations {
  // An inferred date is known to the month only: it is cited so (YYYY-MM), never with a made-up day.
  const iso = c.date ? (c.dateInferred ? c.date.slice(0, 7) : c.date) : 'n.d.';
  const [y, m, d] = (c.date ?? '').split('-').map(Number);
  const written = c.date ? (c.dateInferred ? `${y}年${m}月` : `${y}年${m}月${d}日`) : '日期不详';
  const url = c.permalink ? ` ${c.permalink}` : '';
  const gbtAuthors = authorList(c.authors, '等');
  const apaAuthors = authorList(c.authors, '等');
  // MLA quotes the title; quotation marks inside it become single ones.
  const quoted = c.title.replace(/“/g, '‘').replace(/”/g, '’');
  return {
    source: source(c),
    gbt: `${gbtAuthors ? `${gbtAuthors}. ` : ''}${c.title}[N]. ${c.paper}, ${iso}(${c.pageNumber}).${url}`,
    apa: `${apaAuthors ? `${apaAuthors}. ` : ''}(${c.date ? `${y}, ${c.dateInferred ? `${m}月` : `${m}月${d}日`}` : 'n.d.'}). ${c.title}. ${c.paper}, 第${c.pageNumber}版.${url}`,
    mla: `${c.authors.length ? `${c.authors.length > 2 ? `${c.authors[0]}, 等` : c.authors.join('、')}. ` : ''}“${quoted}.” 《${c.paper}》, ${written}, 第${c.pageNumber}版${c.permalink ? `, ${c.permalink}` : ''}.`,
  };
}

/** The plain source line: 《报名》YYYY年M月D日 第N版, with an inferred date said to be one. */
export function source(c: Pick<CiteInput, 'paper' | 'date' | 'dateInferred' | 'pageNumber'>): string {
  const date = c.dateInferred
    ? `${formatDate(c.date, true)}（出版日期未印出，不早于${formatDate(c.date, false)}）`
    : formatDate(c.date, false);
  return `《${c.paper}》${date} 第${c.pageNumber}版`;
}
