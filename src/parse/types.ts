/**
 * The parse contract (`baoku parse FILE --json`): see README "Content format".
 */

/** Metadata an editor may give a page. */
export interface PageMeta {
  paper?: string;
  date?: string;
  issue?: number;
  pageNumber?: number;
  pageName?: string;
}

/** A photo caption as printed, marker included. */
export interface Caption {
  n: number | null;
  text: string;
}

/** A warning about one line of the page. */
export interface ParseWarning {
  line: number;
  code: string;
  message: string;
}

/** One article of a page. */
export interface Article {
  id: string;
  title: string;
  headline: string | null;
  headlineInferred: boolean;
  kicker: string | null;
  subhead: string | null;
  /** The page this article's beginning is on, when this is its rest (（上接第一版）: 第一版); else null. */
  continuedFrom: string | null;
  /** The page the article goes on on (（下转第三版）: 第三版), else null; the jump line itself is page furniture. */
  continuedTo: string | null;
  office: string | null;
  dateline: string | null;
  byline: string | null;
  reporters: string[];
  correspondents: string[];
  signature: string | null;
  paragraphs: string[];
  runInHeads: string[];
  subheads: string[];
  captions: Caption[];
  pullQuotes: string[];
  sourceLines: [number, number];
  /** Lines the headline block was printed on (empty when inferred). */
  headlineLines: number[];
  /** The article's keywords (jieba TF-IDF), best first. */
  keywords: string[];
  /** Set when an editor's correction changed the article: the file, and the text as parsed. */
  correction?: { file: string; original: { title: string; headline: string | null; paragraphs: string[] } };
}

/** Page-level facts. */
export interface PageInfo {
  /** The page name as printed in the masthead. */
  name: string | null;
  /** The page name the front matter gives (shown when the masthead has none). */
  pageName: string | null;
  nameLatin: string | null;
  date: string | null;
  dateInferred: boolean;
  paper: string | null;
  issue: number | null;
  pageNumber: number | null;
}

/** Text that no field took, with its line. */
export interface Unassigned {
  line: number;
  text: string;
}

/** The parse of one page file. */
export interface ParsedPage {
  source: string;
  page: PageInfo;
  articles: Article[];
  unassigned: Unassigned[];
  warnings: ParseWarning[];
}

/** An office of the gazetteer: its canonical name and the other names it goes by. */
export interface Office {
  name: string;
  aliases: string[];
  /** A containing office (the zone itself), preferred less when a member office is also named. */
  parent?: string;
}
