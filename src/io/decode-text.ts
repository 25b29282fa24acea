// Decodes file bytes as UTF-8 text, or explains why the file is not a text file. Pure.

import type { Diagnostic } from '../model/diagnostic.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, diagnostic: notText(file, bytes, nul, 'contains NUL bytes: it looks like a binary file, not Markdown') };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, diagnostic: notText(file, bytes, firstInvalidByte(bytes), 'is not valid UTF-8 text') };
  }
}

function notText(file: string, bytes: Uint8Array, offset: number, what: string): Diagnostic {
  const before = bytes.subarray(0, offset);
  const line = before.filter((b) => b === 0x0a).length + 1;
  return {
    severity: 'error', code: 'not-utf8', file, line, column: 0,
    message: `the file ${what} (byte ${offset + 1})`,
    hint: 'save the file as UTF-8 text (most editors: "Save with encoding" → UTF-8), or move it out of the deck folder',
  };
}

function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}
