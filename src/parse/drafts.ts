/**
 * The shapes segmentation hands on: draft articles (bodies before their fields are read), head lines waiting
 * for their article, and what else the page prints apart from the bodies.
 */
import type { Line } from './lines.js';

/** A head line waiting to be matched to an article, with the article it was printed right before. */
export interface HeadLine {
  line: Line;
  blankBefore: boolean;
  /** Set apart from what follows it: a blank line, a dateline or a byline comes next (not body text). */
  apart: boolean;
  /** Index of the article whose body follows this line directly, if any. */
  before: number | null;
  /** Lines printed together, with no body text between them, share a group. */
  group: number;
}

/** A body paragraph with the lines it came from. */
export interface DraftParagraph {
  lines: Line[];
  text: string;
  subhead: boolean;
}

/** An article as segmentation sees it, before fields are read. */
export interface DraftArticle {
  paragraphs: DraftParagraph[];
  /** The raw text of the paragraph that starts with a dateline: the first, or the first after an editor's note. */
  datelineRaw: string | null;
  /** Which paragraph that is. */
  datelineAt: number;
  bylineAlone: { text: string; line: Line } | null;
  signature: { text: string; line: Line } | null;
  /** The page the article comes from when this is the rest of one begun there (第一版), else null. */
  continuedFrom: string | null;
}

/** Everything segmentation found on a page. */
export interface Segmented {
  masthead: Line[];
  articles: DraftArticle[];
  heads: HeadLine[];
  captions: { lines: Line[]; text: string; after: number | null }[];
  pullQuotes: { line: Line; text: string; after: number | null }[];
  stray: Line[];
}

/** An article opened with nothing in it yet. */
export function emptyDraft(): DraftArticle {
  return { paragraphs: [], datelineRaw: null, datelineAt: 0, bylineAlone: null, signature: null, continuedFrom: null };
}

/** A paragraph of an article, made of a block's lines: an in-body subhead if the block is a phrase set alone. */
export function paragraph(b: { lines: Line[]; text: string; phrase?: true }): DraftParagraph {
  return { lines: b.lines, text: b.text, subhead: b.phrase === true };
}
