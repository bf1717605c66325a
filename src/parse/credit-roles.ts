/**
 * The titles a credit names writers by, one pattern for every place that reads a credit.
 */

/**
 * A person's name as a credit prints it: two to `most` Han characters (or the middle dot of a transcribed
 * name), none of them opening one of `exclusions` (a title or a label run into the name without a space).
 */
export const nameWithout = (most: number, ...exclusions: readonly string[]): string =>
  `(?:(?!${exclusions.join('|')})[\\p{sc=Han}·]){2,${most}}`;

/**
 * 记者 as OCR reads it: its 者 also as 看, the glyph nearest it (记看 is no word of Chinese text, so a
 * credit so misread still names its reporter). Papers set a two-character title spaced out to the width of
 * a three-character one where the titles stand one over another (记　者 over 通讯员), and OCR reads the
 * space: spaces inside the title are allowed.
 */
const REPORTER_WORD = '记\\s{0,2}[者看]';
/**
 * 通讯员 as OCR reads it: its 讯 also as 汛 or 迅 (通迅员 is also a common misprint), its 员 as 贝 or 貝;
 * none of them is a word of Chinese text. Spaces inside it: as for 记者.
 */
const CORRESPONDENT_WORD = '通\\s?(?:讯\\s?[员贝貝]|[汛迅]\\s?员)';
/** Whether a credit's title (as read) names reporters: it ends in 记者 or a misreading of it. */
export const NAMES_REPORTERS = new RegExp(`${REPORTER_WORD}$`, 'u');
/** Whether a credit's title (as read) names correspondents: it ends in 通讯员 or a misreading of it. */
export const NAMES_CORRESPONDENTS = new RegExp(`${CORRESPONDENT_WORD}$`, 'u');

/**
 * A reporter's title: every title ending in 记者 (记者, 本报记者, 融媒记者, 本报全媒体记者, 首席记者, 摄影记者,
 * 见习记者, 特约记者, 特派记者 …). Papers print many; all of them credit a reporter, and so does a news agency's
 * (新华社记者, 中新社记者) on the copy or the photo a paper takes from it.
 */
export const REPORTER_ROLE = `(?:本报|新华社|中新社)?(?:特约|特派|见习|实习|融媒体?|首席|全媒体|摄影)?${REPORTER_WORD}`;
/**
 * A correspondent's title (通讯员, 特约通讯员, 本报通讯员): the writers a byline names who are not on the
 * paper's staff. The whole title is one role: 特约 is never a name.
 */
export const CORRESPONDENT_ROLE = `(?:本报)?(?:特约)?${CORRESPONDENT_WORD}`;
/** Writers a credit names who are neither reporters nor correspondents: 实习生, 特约撰稿(人), 撰稿(人). */
export const OTHER_WRITER_ROLE = '实习生|(?:特约)?撰稿人?';
/** The roles a byline in brackets names (（记者 王一 实习生 李二 通讯员 张三）): 实习生 is printed, neither of them. */
export const CREDIT_ROLE = `(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|${OTHER_WRITER_ROLE})`;
/**
 * A writer's name after a title: two to four characters with no title in them. (Read so, 记者王一 is a
 * title and a name one way only; where a title could also be read as a name, a line of such tokens that fails to
 * match was tried in every split: minutes for a line of thirty.)
 */
export const CREDIT_NAME = nameWithout(4, CREDIT_ROLE);
/**
 * The words a title is made of before its 记者 or 通讯员 (特约, 见习, 首席 …): when OCR sets them apart from the
 * rest of the title (特 约 通讯员), they still are no one's name.
 */
export const ROLE_WORD = /^(?:本报|特约|特派|见习|实习|融媒体?|首席|全媒体|摄影)$/u;
