// The dev server's first pages, kept from an earlier start that compiled the very same inputs: served while this start's compile runs.

import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { StepCache } from '../io/step-cache.js';
import { deckFolderOf } from '../io/load-deck.js';
import { regularFileBytes } from '../io/read-regular-file.js';
import { buildStamp } from './build-stamp.js';
import type { Site } from './load-site.js';

/** What decides a dev page besides the template Vite hands the plugin: the deck, the project's folders and the options. */
export interface StartPageInputs {
  deckDir: string;
  displayRoot: string;
  /** The public/ folder and the themes folder (the kit's themes count with the kit itself). */
  folders: readonly string[];
  /** Every option that shapes the page: separators, base, embedSource… */
  options: unknown;
}

interface StoredPage {
  html: string;
  /** The files the page was made from that may lie outside the deck folder (the article, the files slides name), by content and time. */
  files: { file: string; hash: string }[];
}

export interface StartPages {
  /** Starts the work every lookup shares (the kit's own fingerprint), so the first page's lookup does not wait for it. */
  prepare(): void;
  /** Takes the inputs' stamp before the session's first compile reads them: only pages of a compile whose inputs did not change meanwhile are stored. */
  beforeCompile(): Promise<void>;
  /** The stored page for `template` at `url`, when every input is as it was when it was stored. */
  early(template: string, url: string): Promise<string | undefined>;
  /** Keeps a page made by a compile without diagnostics (and with every diagram drawn), once per address in a session. */
  store(template: string, url: string, page: string, site: Site): Promise<void>;
  /** After the first compile: whether an early page may differ from it (an input changed meanwhile), so open pages must reload. */
  servedStale(): Promise<boolean>;
}

export function createStartPages(cache: StepCache, inputs: StartPageInputs): StartPages {
  const stored = new Set<string>();
  const served: { template: string; url: string; key: string }[] = [];
  let before: { stamp: string; at: number } | undefined;
  const inputsStamp = (): Promise<string> => buildStamp({ deckDir: inputs.deckDir, cwd: inputs.displayRoot, folders: inputs.folders, options: { dev: true, deckDir: inputs.deckDir, displayRoot: inputs.displayRoot, options: inputs.options } });
  const keyFor = (stamp: string, template: string, url: string): string => createHash('sha256').update(`${stamp}\0${url}\0${template}`).digest('hex');
  const keyOf = async (template: string, url: string): Promise<string> => keyFor(await inputsStamp(), template, url);
  return {
    prepare() {
      void inputsStamp().catch(() => undefined);
    },
    async beforeCompile() {
      const at = Date.now();
      before = await inputsStamp().then((stamp) => ({ stamp, at }), () => undefined);
    },
    early: (template, url) => lookUp(template, url).catch(() => undefined),
    // A page that cannot be stored is only a slower next start.
    store: (template, url, page, site) => keep(template, url, page, site).catch(() => undefined),
    async servedStale() {
      for (const page of served) if ((await keyOf(page.template, page.url).catch(() => '')) !== page.key) return true;
      return false;
    },
  };

  async function lookUp(template: string, url: string): Promise<string | undefined> {
    const key = await keyOf(template, url);
    const page = cache.read(key) as StoredPage | undefined;
    if (!page || typeof page.html !== 'string' || !Array.isArray(page.files)) return undefined;
    for (const { file, hash } of page.files) if ((await hashOf(file)) !== hash) return undefined;
    served.push({ template, url, key });
    return page.html;
  }

  async function keep(template: string, url: string, page: string, site: Site): Promise<void> {
    if (stored.has(url) || page.includes('data-diagram-pending') || !before) return;
    stored.add(url);
    // The deck folder and the project's folders as the first compile read them: unchanged since, or the page may be older than they are.
    const compiledFrom = before;
    if ((await inputsStamp()) !== compiledFrom.stamp) return;
    const deckFolder = deckFolderOf(inputs.deckDir);
    const named = [...(site.source ? [path.resolve(deckFolder, site.source.file)] : []), ...[...site.assets.values()].map((asset) => asset.real)];
    const files: StoredPage['files'] = [];
    for (const file of new Set(named)) {
      // A file changed since the compile began may differ from what it read.
      const changed = (await stat(file).catch(() => undefined))?.mtimeMs ?? Infinity;
      const hash = await hashOf(file);
      if (hash === undefined || changed >= compiledFrom.at) return;
      files.push({ file, hash });
    }
    cache.write(keyFor(compiledFrom.stamp, template, url), { html: page, files } satisfies StoredPage);
  }
}

/** A file's bytes and modification time (the URLs of the files slides name carry it); none for a file that is not a regular file (a pipe is never opened). */
async function hashOf(file: string): Promise<string | undefined> {
  const bytes = regularFileBytes(file, Number.POSITIVE_INFINITY);
  const info = await stat(file).catch(() => undefined);
  return bytes && info && `${info.mtimeMs}:${createHash('sha256').update(bytes).digest('hex')}`;
}
