// A file's bytes as a data: URL, typed by the file's extension (what the server would send it as). Pure.

import { contentTypeOf } from '../serve/static-server.js';

export function dataUrl(file: string, bytes: Uint8Array): string {
  return `data:${contentTypeOf(file).split(';')[0]};base64,${Buffer.from(bytes).toString('base64')}`;
}
