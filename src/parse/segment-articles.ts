/**
 * Stage: articles. Splits the blocks into articles in reading order, and collects what is printed apart
 * from the bodies: headline lines, captions, pull quotes.
 */
import { endsSentence } from '../text/chars.js';
import { joinLines, softClean } from '../text/spacing.js';
import { closingHeads, headsThenCredit, startsNewArticle } from './article-breaks.js';
import { bylineOf, closeWithRunInCredit, creditedAtHead, endCredit, joinRaw, signedBrief } from './article-credits.js';
import { opensText, type Block } from './blocks.js';
import { isBylineInParens } from './byline.js';
import { isNamesLine } from './credit-forms.js';
import { continuedFrom, JUMP, type Line } from './lines.js';
import type { StageHints } from './structure.js';
import type { DraftArticle, DraftParagraph, Segmented } from './drafts.js';

export type { DraftArticle, DraftParagraph, HeadLine, Segmented } from './drafts.js';

/** An editor's note opening an article, before its report: 编者按：…, 【编者按】…, 编者的话：…. */
const EDITORS_NOTE = /^[【［[]?(?:编者按|编者的话|编者注|编前语?)[】］\]]?\s*[：:]?/u;

/**
 * Splits blocks into draft articles. `offices` holds every gazetteer name and alias; `hints` are an editor's
 * structure corrections: lines that open an article or continue the one before, head lines placed by hand.
 */
export function segmentArticles(blocks: readonly Block[], offices: ReadonlySet<string>, hints?: StageHints): Segmented {
  blocks = closingHeads(blocks);
  const out: Segmented = { masthead: [], articles: [], heads: [], captions: [], pullQuotes: [], stray: [] };
  let current: DraftArticle | null = null;
  let closed = false;
  let pending: Extract<Block, { kind: 'head' }>[] = [];
  let group = 0;
  const apart = new WeakSet<Block>();
  const flush = (before: number | null): void => {
    for (const h of pending)
      out.heads.push({ line: h.line, blankBefore: h.blankBefore, apart: apart.has(h), before, group });
    if (pending.length) group++;
    pending = [];
  };

  const start = (): DraftArticle => {
    const a: DraftArticle = {
      paragraphs: [],
      datelineRaw: null,
      datelineAt: 0,
      bylineAlone: null,
      signature: null,
      continuedFrom: null,
    };
    flush(out.articles.length);
    out.articles.push(a);
    current = a;
    closed = false;
    return a;
  };
  const para = (b: { lines: Line[]; text: string }, subhead = false): DraftParagraph => ({
    lines: b.lines,
    text: b.text,
    subhead,
  });
  const last = (): number | null => (out.articles.length ? out.articles.length - 1 : null);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    switch (b.kind) {
      case 'masthead':
        out.masthead.push(...b.lines);
        break;
      case 'head': {
        // An editor's headline lines go to the article they named (see parse/forced-heads.ts); an editor's
        // in-body subhead stays in the article it stands in.
        if (hints?.headLines.has(b.line.n)) break;
        if (hints?.role(b.line.n) === 'subhead' && current && !closed) {
          (current as DraftArticle).paragraphs.push({ lines: [b.line], text: b.line.text, subhead: true });
          break;
        }
        const next = blocks[i + 1];
        const first = next ? ('line' in next ? next.line : next.lines[0]!) : null;
        if (!first || first.n > b.line.n + 1 || opensText(first) || first.role === 'byline') apart.add(b);
        pending.push(b);
        break;
      }
      case 'caption':
        out.captions.push({ lines: b.lines, text: b.text, after: last() });
        break;
      case 'pullquote':
        out.pullQuotes.push({ line: b.lines[0]!, text: b.text, after: last() });
        break;
      case 'signature':
        // A byline in parentheses under a headline, over the text, opens the article those head.
        if (isBylineInParens(b.text) && blocks[i + 1]?.kind === 'para' && (pending.length || !current || closed)) {
          start().bylineAlone = { text: b.lines[0]!.raw, line: b.lines[0]! };
          break;
        }
        if (current && !closed && !(current as DraftArticle).signature) {
          // (Names set apart by spaces keep them.)
          const text = isNamesLine(b.lines[0]!.raw) ? softClean(b.lines[0]!.raw) : b.text;
          (current as DraftArticle).signature = { text, line: b.lines[0]! };
          closed = true;
        } else out.stray.push(...b.lines);
        break;
      case 'folio':
        // Page furniture (date line, page number, editors): kept as printed, apart from any article.
        out.stray.push(...b.lines);
        break;
      case 'jump':
        // The article's text goes on on another page (…转…): the line ends its part here, kept as printed.
        // Or it comes from another page (…接…): the line opens the rest of an article begun there.
        if (JUMP.exec(b.text)?.[1] === '接') {
          const a = start();
          a.paragraphs.push(para(b));
          a.continuedFrom = continuedFrom(b.text);
        } else if (current && !closed) {
          (current as DraftArticle).paragraphs.push(para(b));
          closed = true;
        } else out.stray.push(...b.lines);
        break;
      case 'byline': {
        const cur = current as DraftArticle | null;
        const n = b.lines[0]!.n;
        if (hints?.starts.has(n) || (hints?.joins.has(n) && cur && !cur.bylineAlone)) {
          (hints.starts.has(n) ? start() : cur!).bylineAlone = bylineOf(b);
          break;
        }
        const bodyless = cur && !closed && pending.length === 0 && cur.paragraphs.length === (cur.datelineRaw ? 1 : 0);
        const next = blocks[i + 1];
        // Right above a dateline, it is the credit of the article that dateline opens.
        const aboveDateline = next?.kind === 'para' && next.lines[0]!.role === 'dateline';
        if (cur && bodyless && !cur.bylineAlone && !aboveDateline) cur.bylineAlone = bylineOf(b);
        else if (
          cur &&
          !closed &&
          !pending.length &&
          !cur.bylineAlone &&
          !creditedAtHead(cur) &&
          cur.paragraphs.length > 0 &&
          endsSentence(cur.paragraphs.at(-1)!.text) &&
          next?.kind !== 'para'
        ) {
          // Under an article's last sentence, with no text of its own after it, it is that article's byline
          // printed at its end (as features and OCR'd pages set it).
          cur.bylineAlone = bylineOf(b);
          closed = true;
        } else if (next?.kind === 'head' && endCredit(cur) && headsThenCredit(blocks, i + 1)) {
          // Over head lines that lead to a credit of their own: the byline ends the article before them, and
          // lines set above it are that article's subheads, placed out of order by the OCR.
          for (const h of pending) cur!.paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
          cur!.bylineAlone = bylineOf(b);
          closed = true;
        } else if (next?.kind === 'para' || next?.kind === 'head') start().bylineAlone = bylineOf(b);
        else if (cur && !cur.bylineAlone) cur.bylineAlone = bylineOf(b);
        else out.stray.push(...b.lines);
        break;
      }
      case 'elision':
      case 'para': {
        // A paragraph of punctuation only (OCR of rules and ornaments) starts nothing and says nothing.
        if (b.kind === 'para' && !/[\p{L}\p{N}]/u.test(b.text)) {
          out.stray.push(...b.lines);
          break;
        }
        const forcedStart = !!hints && [b.lines[0]!, ...pending.map((h) => h.line)].some((l) => hints.starts.has(l.n));
        const forcedJoin = !!hints?.joins.has(b.lines[0]!.n) && current !== null;
        const dated = b.kind === 'para' && b.lines[0]!.role === 'dateline' && !forcedJoin;
        if (b.kind === 'para' && b.lines[0]!.role === 'resume' && !forcedJoin) {
          // The rest of an article begun on another page: an article of its own here, whatever came before.
          start().continuedFrom = continuedFrom(b.lines[0]!.text);
        } else if (dated) {
          // A byline printed alone above the dateline belongs to the same article; so does an editor's
          // note (编者按：…) set before the report it introduces.
          const cur = current as DraftArticle | null;
          const open = cur && !closed && !pending.length && cur.datelineRaw === null ? cur : null;
          const introduced =
            open && open.paragraphs.length > 0 && open.paragraphs.every((p) => EDITORS_NOTE.test(p.text));
          const target =
            !forcedStart && ((open && open.bylineAlone && !open.paragraphs.length) || introduced) ? open! : start();
          target.datelineRaw = joinRaw(b.lines.map((l) => l.raw.trim()));
          target.datelineAt = target.paragraphs.length;
        } else if (forcedJoin) {
          closed = false;
          for (const h of pending)
            (current as unknown as DraftArticle).paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
        } else if (!current || closed || forcedStart) {
          start();
        } else if (
          b.kind === 'para' &&
          pending.every((h) => h.maybe && !endsSentence(h.line.text)) &&
          signedBrief(current, b)
        ) {
          // (Borderline lines right above it are its first line: 5月1 / 9日，县…, a number broken off.)
          const heads = pending.map((h) => h.line);
          pending = [];
          start();
          if (heads.length) {
            const lines = [...heads, ...b.lines];
            (current as unknown as DraftArticle).paragraphs.push(
              para({ lines, text: joinLines(lines.map((l) => l.text)) }),
            );
            if (closeWithRunInCredit(current as unknown as DraftArticle)) closed = true;
            break;
          }
        } else if (pending.length && startsNewArticle(pending, current, blocks, i, offices)) {
          start();
        } else if (pending.length && pending.every((h) => h.maybe && h.alone)) {
          // Short lines set alone between blank lines that opened no article are in-body subheads (a
          // feature's 改善生态，构建…): paragraphs of their own, not the first line of the next.
          for (const h of pending)
            (current as DraftArticle).paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
        } else if (pending.length && pending.every((h) => h.maybe)) {
          // Borderline lines that did not start a new article were the first line of this paragraph, or a
          // paragraph of their own when they finish a sentence (a question set alone: 为何…？).
          const heads = pending.map((h) => h.line);
          pending = [];
          const draft = current as DraftArticle;
          if (endsSentence(heads.at(-1)!.text))
            draft.paragraphs.push(para({ lines: heads, text: joinLines(heads.map((l) => l.text)) }));
          else {
            const lines = [...heads, ...b.lines];
            draft.paragraphs.push(para({ lines, text: joinLines(lines.map((l) => l.text)) }));
            if (b.kind === 'para' && closeWithRunInCredit(draft)) closed = true;
            break;
          }
        } else {
          for (const h of pending)
            (current as DraftArticle).paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
        }
        (current as unknown as DraftArticle).paragraphs.push(para(b));
        if (b.kind === 'para' && closeWithRunInCredit(current as unknown as DraftArticle)) closed = true;
        break;
      }
    }
  }
  flush(null);
  return out;
}
