// Parses HTML into a queryable document for tests (DOM queries instead of snapshots).

import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}
