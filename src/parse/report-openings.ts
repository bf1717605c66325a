/**
 * How a report's text opens under its headline, one pattern for every stage that asks: a brief under its mark
 * or its run-in head, a story gathered under another's headline. A list's point or a caption opens otherwise.
 */

/** The day or the time a report tells of: 3月12日, 2026年, 近日, 日前, 昨日, 连日来, 本周… */
const REPORT_DAY =
  '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|(?:19|20)\\d{2}\\s*年|近日|日前|昨日|昨天|今天|今日|近期|连日来|本周|上周';

/** A report's dateline (本报讯, 新华社…电) or its credit in brackets (（记者, （本报通讯员). */
const DATELINE_OR_CREDIT = '(?:本报|新华社|中新社)|[（(〈《]\\s*(?:本报)?(?:记者|通讯员)';

/** A report's text opening on the day it tells of (a dateline or a credit reads as a line of its own). */
export const REPORT_OPENING = new RegExp(`^(?:${REPORT_DAY})`, 'u');

/** A report's text opening on its dateline or its credit in brackets: a point in a list never does. */
export const OPENS_AS_DISPATCH = new RegExp(`^(?:${DATELINE_OR_CREDIT})`, 'u');

/** A report's text opening any way a report does: the day, its dateline or credit, or a source (据…). */
export const OPENS_REPORT = new RegExp(`^(?:据|${DATELINE_OR_CREDIT}|${REPORT_DAY})`, 'u');
