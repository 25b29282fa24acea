// The shapes every export format shares: the context it runs in, the slides it reads, what it returns.

import type { Browser } from 'playwright-core';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PageSource } from './deck-page.js';

/** Reports progress to the user (the CLI writes it to stderr). */
export type Progress = (line: string) => void;

/** What an exporter runs against: a served, built deck and a browser, both owned by the caller. */
export interface ExportContext {
  browser: Browser;
  /** Pages for the deck's views: the browser's, the first maybe opened while the deck was built; default `browser`. */
  pages?: PageSource;
  /** URL of the built deck's index page (loopback). */
  url: string;
  progress: Progress;
  /**
   * The deck folder as seen from where the command ran ('' when it is there): the page names slide files
   * relative to the deck folder, and messages name them from here, so the user can open them.
   */
  deckFolder: string;
  /**
   * Says the export needs the browser no more: it starts shutting down while the export finishes its files (Chromium
   * takes a tenth of a second or more to close, as long as pdf-lib takes to finish a PDF). Closing is still waited for.
   */
  releaseBrowser?: () => void;
}

/** One slide as the built page shows it, in deck order (vertical slides counted in order). */
export interface SlideRef {
  /** 1-based position in the deck. */
  number: number;
  id: string;
  h: number;
  v: number;
  title: string;
  section: string;
  tags: string[];
  /** Provenance from the `<section data-source>` attribute, shown from where the command ran: `path:start-end`. */
  source: string;
}

/** The result of one export: files written, pages or images made, and warnings as diagnostics. */
export interface ExportResult {
  files: string[];
  /** PDF pages or PNG images written. */
  count: number;
  warnings: Diagnostic[];
  /** A one-line description of what was made, e.g. `10 pages, 16:9 (960 × 540 pt)`. */
  summary: string;
}

/** One export format behind one small interface; options are the format's own. */
export interface Exporter<Options> {
  format: 'pdf' | 'png';
  run(context: ExportContext, options: Options): Promise<ExportResult>;
}

/** Where exports go unless --out says otherwise: a folder the project's .gitignore ignores. */
export const DEFAULT_OUT_DIR = 'out';
