// The dev server's Content-Security-Policy: the built pages' own, with the speaker view's script hashed from reveal.js as installed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { contentSecurityPolicy, writtenScriptHashes } from './csp.js';

/** The same policy a build writes, so what a deck may load in dev is what it may load when built. */
export function devContentSecurityPolicy(): string {
  const notesPlugin = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  return contentSecurityPolicy(writtenScriptHashes(readFileSync(notesPlugin, 'utf8')));
}
