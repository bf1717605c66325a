/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK exports; binary is refused.
 */
import { BuildError } from '../errors.js';

/** The result of decoding a page file. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Decodes a page file's bytes, or throws a BuildError naming the file and the line of the first bad byte. */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new BuildError('the file is empty', { file, rule: 'empty-file' });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return finish(utf8(bytes.subarray(3), file), 'utf-8', file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(strict('utf-16le', bytes.subarray(2), file), 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(strict('utf-16be', bytes.subarray(2), file), 'utf-16be', file);

  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binary(bytes, nul, file);
  const asUtf8 = tryDecode('utf-8', bytes);
  if (asUtf8 !== null) return finish(asUtf8, 'utf-8', file);
  // Note: Chinese OCR tools on Windows often export GBK; GB18030 is its superset.
  const asGb = tryDecode('gb18030', bytes);
  if (asGb !== null && looksChinese(asGb)) return finish(asGb, 'gb18030', file);
  const bad = firstInvalidUtf8(bytes);
  throw new BuildError('the file is neither UTF-8 nor GB18030 text (save it as UTF-8)', {
    file,
    line: lineAt(bytes, bad),
    rule: 'undecodable',
  });
}

function finish(text: string, encoding: Decoded['encoding'], file: string): Decoded {
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/u.exec(text);
  if (control && controlShare(text) > 0.01) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new BuildError('the file looks binary, not text', { file, line, rule: 'binary-file' });
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

function controlShare(text: string): number {
  const m = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/gu);
  return (m?.length ?? 0) / Math.max(1, text.length);
}

function utf8(bytes: Uint8Array, file: string): string {
  const text = tryDecode('utf-8', bytes);
  if (text === null) {
    throw new BuildError('the file starts with a UTF-8 mark but is not valid UTF-8', {
      file,
      line: lineAt(bytes, firstInvalidUtf8(bytes)),
      rule: 'undecodable',
    });
  }
  return text;
}

function strict(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  const text = tryDecode(encoding, bytes);
  if (text === null)
    throw new BuildError(`the file is not valid ${encoding.toUpperCase()}`, { file, rule: 'undecodable' });
  return text;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function binary(bytes: Uint8Array, at: number, file: string): BuildError {
  return new BuildError('the file looks binary, not text (it contains NUL bytes)', {
    file,
    line: lineAt(bytes, at),
    rule: 'binary-file',
  });
}

/** Most GB18030 misreads of other binary data produce rare characters; real pages are mostly common Han. */
function looksChinese(text: string): boolean {
  let han = 0;
  let odd = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (
      c >= 0x80 &&
      !(c >= 0x3000 && c <= 0x303f) &&
      !(c >= 0xff00 && c <= 0xffef) &&
      !(c >= 0x2000 && c <= 0x27bf)
    )
      odd++;
  }
  return han > 0 && odd <= han * 0.05;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
