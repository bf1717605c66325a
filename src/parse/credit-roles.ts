/**
 * The titles a credit names writers by, one pattern for every place that reads a credit.
 */

/**
 * A reporter's title: every title ending in 记者 (记者, 本报记者, 融媒记者, 本报全媒体记者, 首席记者, 摄影记者,
 * 见习记者, 特约记者, 特派记者 …). Papers print many; all of them credit a reporter.
 */
export const REPORTER_ROLE = '(?:本报)?(?:特约|特派|见习|实习|融媒体?|首席|全媒体|摄影)?记者';
/**
 * A correspondent's title (通讯员, 特约通讯员, 本报通讯员): the writers a byline names who are not on the
 * paper's staff. The whole title is one role: 特约 is never a name.
 */
export const CORRESPONDENT_ROLE = '(?:本报)?(?:特约)?通讯员';
/** Writers a credit names who are neither reporters nor correspondents: 实习生, 特约撰稿(人), 撰稿(人). */
export const OTHER_WRITER_ROLE = '实习生|(?:特约)?撰稿人?';
/** The roles a byline in brackets names (（记者 王一 实习生 李二 通讯员 张三）): 实习生 is printed, neither of them. */
export const CREDIT_ROLE = `(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|${OTHER_WRITER_ROLE})`;
/**
 * The words a title is made of before its 记者 or 通讯员 (特约, 见习, 首席 …): when OCR sets them apart from the
 * rest of the title (特 约 通讯员), they still are no one's name.
 */
export const ROLE_WORD = /^(?:本报|特约|特派|见习|实习|融媒体?|首席|全媒体|摄影)$/u;
