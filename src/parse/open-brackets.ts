/**
 * A line that leaves a bracket or a title mark open (…办法（征求意见 / 稿）》…) runs on into the next line that
 * closes it: a printed line of text broken inside a title, never a head line (a headline closes what it opens).
 */

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '《': '》', '“': '”', '【': '】' };

/** The closing marks `text` leaves owing, innermost last. */
function owed(text: string): string[] {
  const open: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) open.push(PAIRS[ch]);
    else if (open.at(-1) === ch) open.pop();
  }
  return open;
}

/** Whether `text` leaves a mark open that `next`, the line under it, closes. */
export function runsOnOpen(text: string, next: string): boolean {
  const open = owed(text);
  return open.length > 0 && next.includes(open.at(-1)!);
}
