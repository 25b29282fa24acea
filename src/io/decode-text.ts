// Decodes file bytes as UTF-8 text, or explains why the file is not a text file. Pure.

import type { Diagnostic } from '../model/diagnostic.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Codes: `binary-input` (NUL bytes, UTF-16), `invalid-utf8`. A UTF-8 byte order mark is dropped. */
export function decodeText(bytes: Uint8Array, file: string, what = 'file'): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, diagnostic: notText(file, 0, 'binary-input', `the ${what} is UTF-16 encoded (it starts with a UTF-16 byte order mark)`, 'save it as UTF-8 and try again') };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, diagnostic: notText(file, lineOfByte(bytes, nul), 'binary-input', `the ${what} contains a NUL byte at offset ${nul}: it looks like a binary file, not text`, 'pass a UTF-8 text file (Markdown, plain text or HTML)') };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const bad = firstInvalidByte(bytes);
    return {
      ok: false,
      diagnostic: notText(file, lineOfByte(bytes, bad), 'invalid-utf8', `the ${what} is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad})`, 'save it as UTF-8 (most editors: "Save with encoding" → UTF-8; or `iconv -f latin1 -t utf-8`)'),
    };
  }
}

function notText(file: string, line: number, code: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, file, line, column: 0, message, hint };
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that starts a broken UTF-8 sequence (overlong forms and surrogates included). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [extra, min] = b < 0x80 ? [0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [-1, 0];
    if (extra < 0) return i;
    let codePoint = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (extra > 0 && (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))) return i;
    i += extra + 1;
  }
  return bytes.length - 1;
}
