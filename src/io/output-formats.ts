// What each command writes as one file, and how an existing file is recognised as such: only that is replaced without --force.

import { regularFileStart } from './read-regular-file.js';
import { PAGE_DATA_OPEN_TAG } from '../site/page-data-tag.js';

/** An output file's format, as the output guard judges an existing file at the path. */
export interface FileFormat {
  /** As named in messages: "a PDF". */
  name: string;
  /** Whether `file` (an existing regular file) holds this format, so writing over it destroys nothing else; absent: an existing file is replaced only with --force. */
  recognises?: (file: string) => boolean;
}

/** How much of a page is searched for the sign: a single-file deck inlines fonts and diagrams, but not this much. */
const LARGEST_PAGE = 64 * 1024 * 1024;

/** `export pdf`: any PDF (an earlier export, or one the user chose to replace); the header may follow up to 1 KB of other bytes. */
export const PDF_FILE: FileFormat = {
  name: 'a PDF',
  recognises: (file) => head(file, 1024).includes('%PDF-'),
};

/** `export pptx`: a zip archive (the command only writes `.pptx` names). */
export const PPTX_FILE: FileFormat = {
  name: 'a PowerPoint file',
  recognises: (file) => head(file, 4).equals(Buffer.from('PK\x03\x04', 'latin1')),
};

/** Whether `file` (a regular file) is a page briefdeck built: it carries the page data element. */
export function isBuiltPage(file: string): boolean {
  return head(file, LARGEST_PAGE).includes(PAGE_DATA_OPEN_TAG);
}

/** `build --single-file`: a page briefdeck built, never another HTML page (an article, a page of the user's own). */
export const DECK_PAGE_FILE: FileFormat = { name: 'a deck page briefdeck built', recognises: isBuiltPage };

/** `remix`: a manifest may be edited by hand after it is written, so an existing one is replaced only with --force. */
export const BRIEFING_MANIFEST_FILE: FileFormat = { name: 'a briefing manifest' };

/** The first `size` bytes of `file` (fewer when it is shorter; none when it is not a regular file or cannot be read). */
function head(file: string, size: number): Buffer {
  return regularFileStart(file, size) ?? Buffer.alloc(0);
}
