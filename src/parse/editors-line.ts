/**
 * The page's editors' line wherever an export sets it. The strip names who edited, laid out and proofread the
 * page (责任编辑：王一 美术编辑：李二 校对：张三), and the page's telephone; no report prints two editors' roles
 * with their names on one line, nor an editor's role beside a telephone number. A text layer and OCR read the
 * strip at the page's foot where its column ends, often mid-page, right under a paragraph's last line.
 */
import { isStripLine, ROLE } from './strip-parts.js';

/** An editors' role given with a colon (责任编辑：, 校对:), as the strip writes it. */
const ROLE_GIVEN = new RegExp(`${ROLE}\\s*[:：]`, 'gu');

/** A contact given with a colon and a number (电话：0571-…, 热线: 8…). */
const CONTACT = /(?:电话|热线|传真)\s*[:：]\s*[\d(（]/u;

/** Whether the line is the page's editors' line: strip parts only, two roles given, or a role and a contact. */
export function isEditorsLine(raw: string): boolean {
  const roles = raw.match(ROLE_GIVEN)?.length ?? 0;
  return (roles >= 2 || (roles === 1 && CONTACT.test(raw))) && isStripLine(raw);
}
