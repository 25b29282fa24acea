// PDF document info and bookmarks with pdf-lib: title, author, subject, creator, and bookmarks (the PDF outline) per section and slide.

import type { DocumentFacts } from '../model/deck.js';
import { sectionTitle } from '../parse/slug.js';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from './pdf-lib.js';

/** What the deck's headmatter says of its source (only what is stated: never guessed). */
export type PdfSourceFacts = NonNullable<DocumentFacts['source']>;

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** Written as the custom document-info entries SourceAuthor, SourceOutlet, SourcePublished and SourceURL. */
  source?: PdfSourceFacts;
}

const SOURCE_INFO_KEYS: { readonly [K in keyof PdfSourceFacts]-?: string } = {
  author: 'SourceAuthor',
  outlet: 'SourceOutlet',
  published: 'SourcePublished',
  url: 'SourceURL',
};

/** One bookmark: a title, the 0-based page it opens, and nested bookmarks. */
export interface Bookmark {
  title: string;
  pageIndex: number;
  children: Bookmark[];
}

export const PDF_CREATOR = 'briefdeck';

/** Loads `pdf`, runs `check` on it (which may throw), sets its document info and bookmarks, and returns the new bytes. */
export async function finishPdf(pdf: Uint8Array, metadata: PdfMetadata, bookmarks: readonly Bookmark[], check?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  // At once: by default pdf-lib hands the event loop back every 50-100 objects (a timer each time), and nothing else runs meanwhile.
  const doc = await PDFDocument.load(pdf, { parseSpeed: Infinity });
  // Checked on the document as loaded, before any work on it: the PDF is parsed once.
  check?.(doc);
  setMetadata(doc, metadata);
  if (bookmarks.length > 0) addBookmarks(doc, bookmarks);
  return doc.save({ objectsPerTick: Infinity });
}

export function setMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  if (metadata.keywords && metadata.keywords.length > 0) doc.setKeywords(metadata.keywords);
  if (metadata.source) setSourceInfo(doc, metadata.source);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(`${PDF_CREATOR} (Chromium, pdf-lib)`);
  const date = documentDate(process.env);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}

/** `SOURCE_DATE_EPOCH` (seconds, reproducible-builds.org) when set to a whole number, so the same deck gives the same PDF; else now. */
export function documentDate(env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** Custom entries in the document information dictionary (PDF 1.7, 14.3.3 allows any key). */
function setSourceInfo(doc: PDFDocument, source: PdfSourceFacts): void {
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const [field, key] of Object.entries(SOURCE_INFO_KEYS) as [keyof PdfSourceFacts, string][]) {
    const value = source[field];
    if (value) info.set(PDFName.of(key), PDFHexString.fromText(value));
  }
}

/**
 * Writes the bookmarks as outline dictionaries (PDF 1.7, 12.3.3): the root `/Outlines` with `/First` `/Last` `/Count`,
 * each item with `/Title` `/Parent` `/Prev` `/Next` `/First` `/Last` `/Count` and `/Dest [page /Fit]`.
 * Items are open (positive `/Count`), and the document opens with the bookmarks panel shown.
 */
export function addBookmarks(doc: PDFDocument, items: readonly Bookmark[]): void {
  const { context } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const root = context.obj({ Type: 'Outlines' });
  const visible = writeLevel(items, rootRef, root);
  root.set(PDFName.of('Count'), PDFNumber.of(visible));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));

  /** Writes one level under `parent`; returns how many items are visible under it (all, since every item is open). */
  function writeLevel(level: readonly Bookmark[], parentRef: PDFRef, parent: PDFDict): number {
    const refs = level.map(() => context.nextRef());
    let visible = 0;
    level.forEach((item, index) => {
      const page = pages[Math.min(Math.max(item.pageIndex, 0), pages.length - 1)];
      if (!page) throw new Error('cannot add bookmarks to a PDF without pages');
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]));
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      const children = item.children.length > 0 ? writeLevel(item.children, refs[index]!, dict) : 0;
      if (children > 0) dict.set(PDFName.of('Count'), PDFNumber.of(children));
      context.assign(refs[index]!, dict);
      visible += 1 + children;
    });
    if (refs.length > 0) {
      parent.set(PDFName.of('First'), refs[0]!);
      parent.set(PDFName.of('Last'), refs.at(-1)!);
    }
    return visible;
  }
}

/** A bookmark as read back from a PDF (for verification and tests). */
export interface ReadBookmark {
  title: string;
  /** 0-based page the bookmark's `/Dest` points at, or -1. */
  pageIndex: number;
  children: ReadBookmark[];
}

/** Walks the catalog's `/Outlines` tree (following `/First` and `/Next`) of a loaded PDF. */
export function readBookmarks(doc: PDFDocument): ReadBookmark[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!root) return [];
  const pageRefs = doc.getPages().map((page) => page.ref);
  const readLevel = (first: PDFObject | undefined, depth: number): ReadBookmark[] => {
    const items: ReadBookmark[] = [];
    let current = first instanceof PDFRef ? doc.context.lookupMaybe(first, PDFDict) : undefined;
    while (current && items.length < 10_000 && depth < 32) {
      const title = current.lookup(PDFName.of('Title'));
      const dest = current.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      items.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        pageIndex: target instanceof PDFRef ? pageRefs.findIndex((ref) => ref === target || ref.toString() === target.toString()) : -1,
        children: readLevel(current.get(PDFName.of('First')), depth + 1),
      });
      const next = current.get(PDFName.of('Next'));
      current = next instanceof PDFRef ? doc.context.lookupMaybe(next, PDFDict) : undefined;
    }
    return items;
  };
  return readLevel(root.get(PDFName.of('First')), 0);
}

/** A slide as its bookmark needs it. */
export interface BookmarkedSlide {
  number: number;
  title: string;
  section: string;
}

/**
 * Bookmarks for slides: consecutive slides sharing a `section` are grouped under a bookmark named after the
 * section (`open-questions` → `Open questions`); slides without a section are top-level. Pure.
 */
export function slideBookmarks(slides: readonly BookmarkedSlide[], firstPageOf: (slideNumber: number) => number): Bookmark[] {
  const items: Bookmark[] = [];
  let group: { section: string; item: Bookmark } | undefined;
  for (const slide of slides) {
    const item: Bookmark = { title: slide.title.trim() || `Slide ${slide.number}`, pageIndex: firstPageOf(slide.number), children: [] };
    if (!slide.section) {
      group = undefined;
      items.push(item);
      continue;
    }
    if (group?.section !== slide.section) {
      group = { section: slide.section, item: { title: sectionTitle(slide.section), pageIndex: item.pageIndex, children: [] } };
      items.push(group.item);
    }
    group.item.children.push(item);
  }
  return items;
}

export { sectionTitle };
