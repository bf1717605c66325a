/**
 * Photo credits and captions as a line's own text shows them: a credit alone (本报记者 王一 摄, （王一 摄）,
 * …供图), a caption's opening mark (图①, 图为, 上图, ▲), and a sentence with its credit run in after it.
 */
import { CORRESPONDENT_ROLE, OPEN_ALONE, REPORTER_ROLE } from './credit-forms.js';
import { OTHER_WRITER_ROLE } from './credit-roles.js';

const ROLE = `(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|${OTHER_WRITER_ROLE})`;

/**
 * A photo's credit on the line after its caption: 本报记者 王一 摄, 王一/摄, （王一 摄）, 青石区融媒体中心供图,
 * 图/王一, 摄影：王一.
 * Without a role or parentheses, 摄 stands apart from the name (大家一起来摄影 is a sentence: tested on the
 * line as printed); 图 alone is no credit (地图).
 */
const TAKEN_BY = `[\\p{sc=Han}·]{2,12}(?:[ 、]+[\\p{sc=Han}·]{2,6})*`;
/** A run-in credit's brackets as OCR reads （ and ）: also as ( 〈 《 and ) 〉. */
const OPEN_PAREN = '[（(〈《]';
const CLOSE_PAREN = '[）)〉]';
/**
 * A photo credited to no photographer: 资料图片 (a file photo, 本报资料图片), 图片由…提供 or 图片来源：… (handed out by
 * an office), 新华社发 (handed out by a news agency, …社发).
 */
const NO_TAKER = `(?:(?:本报)?资料(?:图片|图|照片)|图片由[\\p{sc=Han}·]{2,20}提供|图片来源[：:]\\s*[\\p{sc=Han}A-Za-z·]{2,20}|\\p{sc=Han}{1,5}社发)`;
/** The work named before the name, as many papers credit a photo: 图/王一, 摄影：王一 (not 图/文 …: a byline). */
const TAKEN_FIRST = `(?:图|摄影)\\s*[/／:：]\\s*(?!文|${ROLE})${TAKEN_BY}`;
export const PHOTO_CREDIT = new RegExp(
  `^(?:${OPEN_ALONE}\\s*${TAKEN_BY}\\s*(?:[/／]\\s*)?摄影?\\s*[）)〉]|${OPEN_ALONE}?\\s*(?:${ROLE}[ :：]*${TAKEN_BY}\\s*(?:[/／]\\s*)?摄影?|${TAKEN_BY}(?:\\s*[/／]\\s*|\\s+)摄影?|${TAKEN_BY}\\s*供图|${TAKEN_FIRST}|${NO_TAKER})\\s*[）)〉]?)$`,
  'u',
);

/** A photo's words anywhere in a text (its credit's 摄, 图为, 上图, 中图：, 图①): not any 图, 图书馆 is no photo. */
export const NAMES_A_PHOTO = /摄|图为|[上下左右]图|中图[：:]|图\s*[①-⑳\d]/u;

/**
 * A photo caption's sure opening: 图①…, 图1…, 图一：…, 图为…, 上图…, 左下图：…, ▲, and 图D… (a number OCR read as a
 * letter). Three photos in a row are 左图 / 中图 / 右图 (or 上图 / 中图 / 下图); 中图 opens a caption with its colon
 * only (中图分类号 is a library's word).
 */
const SURE_OPENING =
  '图\\s*[①-⑳\\d]+|图\\s*[DO@©®](?=\\s*[\\p{sc=Han}\\d])|图为|[上下左右]图[：:]?|中图[：:]|▲|(?:[左右][上下]|[上下][左右中])图[：:为]|图[一二三四五六七八九][：:]';
/**
 * OCR reads a circled number as anything (图仙：, 图Q)：, 图外：) or nothing (图：): a 图 with at most two
 * characters and a colon before a sentence's words opens a numbered caption too (图文：, 图书：, 图表：, 图片： never).
 */
const MISREAD_NUMBER = '图\\s*(?![文书表片])[^\\s：:，,。、；;]{0,2}\\s*[：:](?=\\s*\\p{sc=Han}{4})';

/**
 * Photo captions: 图①…, 图1…, 图一：…, 图为…, 上图…, 左下图：… (a gallery of three or four photos places them two
 * ways), and a numbered caption whose number OCR misread (see MISREAD_NUMBER).
 */
export const CAPTION = new RegExp(`^(?:${SURE_OPENING}|${MISREAD_NUMBER})`, 'u');
const SURE_CAPTION = new RegExp(`^(?:${SURE_OPENING})`, 'u');

/**
 * Whether a caption's opening reads as well as a word and its colon: 图 and one or two Han characters (图仙：
 * for 图①：, but also 图纸：, 图像：). Such a line opens a caption only on a page that numbers its photos.
 */
export function opensLikeAWord(text: string): boolean {
  return !SURE_CAPTION.test(text) && /^图\s*\p{sc=Han}{1,2}\s*[：:]/u.test(text);
}

/** Whether a line opens a numbered caption of a gallery (图①, 图2：, 图一：, or a number OCR misread). */
export function opensNumberedCaption(text: string): boolean {
  return /^图(?!为)/u.test(text) && CAPTION.test(text);
}

/**
 * A name and 摄 with the space between them lost, as OCR drops it (…散步。王一摄): only after a sentence's end, at
 * the line's end, a name of two to four characters with no word of a sentence in it (…。他们正在拍摄).
 */
const GLUED_CREDIT = `(?:${ROLE}\\s*)?(?![\\p{sc=Han}·]*[拍在的了是和把被将向])[\\p{sc=Han}·]{2,4}摄`;

/**
 * A caption's sentence with its photo's credit run in after it (…在采摘新茶。（王一 摄）, …标线。王一/摄):
 * the credit names who took a photo, so the text is the photo's caption, whatever it opens with.
 */
const CREDITED_CAPTION = new RegExp(
  `[。！？!?]\\s*(?:${OPEN_PAREN}\\s*(?:${TAKEN_BY}\\s*(?:[/／]\\s*)?摄影?|${TAKEN_FIRST})\\s*${CLOSE_PAREN}|${TAKEN_BY}(?:\\s*[/／]\\s*|\\s+)摄影?|${TAKEN_FIRST}|${GLUED_CREDIT}|${OPEN_PAREN}?\\s*${NO_TAKER}\\s*${CLOSE_PAREN}?)$`,
  'u',
);

/** Whether a printed line ends in a photo's credit run in after a sentence (see CREDITED_CAPTION). */
export function endsWithPhotoCredit(raw: string): boolean {
  return CREDITED_CAPTION.test(raw.trim());
}
