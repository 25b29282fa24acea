// Shared plumbing for export tests: a built fixture served with one browser, PDF text per page, a captured CLI.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '../../src/export/pdf-lib.js';
import type { CliIO } from '../../src/cli/command.js';
import type { ExportContext } from '../../src/export/types.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { buildFixture, FIXTURE_DECKS } from '../helpers/build.js';
import { startBrowser } from '../helpers/browser.js';

export interface ServedFixture {
  context: ExportContext;
  progress: string[];
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** Builds a fixture deck once, serves it and starts one browser; `close` stops both. */
export async function serveFixture(name: string): Promise<ServedFixture> {
  const [outDir, browser] = await Promise.all([buildFixture(name), startBrowser()]);
  const server = await serveStatic(outDir);
  const progress: string[] = [];
  return {
    context: { browser, url: server.url, progress: (line) => progress.push(line), deckFolder: path.relative(KIT_ROOT, path.join(FIXTURE_DECKS, name)) },
    progress,
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The text of every page, as poppler's pdftotext reads it (it ends each page with a form feed). */
export function pagesText(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Words on one page (1-based) with their boxes in PDF points from the top-left, from `pdftotext -bbox`. */
export function pageWords(file: string, page: number): { text: string; x: number; y: number }[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, x: Number(m[1]), y: Number(m[2]) }));
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** Every URI a link action anywhere in the file names, whether a page uses it or not (objects copied along unused count too). */
export function linkUris(doc: PDFDocument): string[] {
  const uriOf = (object: unknown): string[] => {
    if (!(object instanceof PDFDict)) return [];
    const uri = object.lookup(PDFName.of('URI'));
    // An annotation holds its action (`/A`) inline or by reference; the action holds the URI.
    return uri instanceof PDFString || uri instanceof PDFHexString ? [uri.decodeText()] : uriOf(object.lookup(PDFName.of('A')));
  };
  return doc.context.enumerateIndirectObjects().flatMap(([, object]) => uriOf(object));
}

export function captureIO(cwd: string, env: Record<string, string | undefined> = process.env): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, env, out: (line) => stdout.push(line), err: (line) => stderr.push(line), stdout, stderr };
}
