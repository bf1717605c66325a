import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../src/errors.js';
import { thrown } from '../support/errors.js';
import { decodeText } from '../../src/ingest/decode.js';

const page = '本报讯 经开区召开会议。\r\n第二行文字。\r\n';
const gb18030 = (text: string): Uint8Array => {
  // Node's TextEncoder only writes UTF-8; GBK bytes for a few known characters are enough here.
  const table: Record<string, number[]> = {
    经: [0xbe, 0xad],
    开: [0xbf, 0xaa],
    区: [0xc7, 0xf8],
    新: [0xd0, 0xc2],
    闻: [0xce, 0xc5],
    '\n': [0x0a],
  };
  return Uint8Array.from([...text].flatMap((ch) => table[ch]!));
};
const fail = (bytes: Uint8Array): BuildError => thrown(() => decodeText(bytes, 'p.txt'));

describe('decodeText', () => {
  it('reads UTF-8 with CRLF line ends as LF text', () => {
    expect(decodeText(new TextEncoder().encode(page), 'p.txt').text).toBe('本报讯 经开区召开会议。\n第二行文字。\n');
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('经开区')]);
    expect(decodeText(bytes, 'p.txt')).toEqual({ text: '经开区', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte order mark, both byte orders', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from('经开区\n', 'utf16le'))]);
    const be = Uint8Array.from([0xfe, 0xff, ...new Uint8Array(Buffer.from('经开区\n', 'utf16le').swap16())]);
    expect(decodeText(le, 'p.txt').text).toBe('经开区\n');
    expect(decodeText(be, 'p.txt').text).toBe('经开区\n');
  });

  it('detects a GB18030/GBK export and decodes it', () => {
    expect(decodeText(gb18030('经开区新闻\n'), 'p.txt')).toEqual({ text: '经开区新闻\n', encoding: 'gb18030' });
  });

  it('refuses an empty file, naming it', () => {
    expect(fail(new Uint8Array()).toDiagnostic()).toMatchObject({ file: 'p.txt', rule: 'empty-file' });
  });

  it('refuses binary data with the line of the first NUL byte', () => {
    const bytes = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01, 0x02]);
    expect(fail(bytes).toDiagnostic()).toMatchObject({ line: 3, rule: 'binary-file' });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030, with the line of the first bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('好\n好\n'), 0xff, 0xfe, 0xfd, 0x80, 0x81]);
    const e = fail(bytes);
    expect(e.rule).toBe('undecodable');
    expect(e.line).toBe(3);
  });
});
