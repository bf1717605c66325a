/**
 * A turn of an interview set as its own paragraph: a speaker's label and a colon (问：, 答：, 记者：, a name of two
 * to four characters), then what was said, to a sentence's end (问：今年的收成怎样？). Short and alone between
 * blank lines, a question reads like a head line; but no headline opens with a speaker's label.
 */
import { endsSentence } from '../text/chars.js';

const SPEAKER = /^(?:[问答]|[\p{sc=Han}]{2,4})[：:]\s*\S{4,}/u;

/** Whether the line is an interview's turn (see above): body text, never a head. */
export function isSpeakerTurn(text: string): boolean {
  return SPEAKER.test(text) && endsSentence(text);
}
