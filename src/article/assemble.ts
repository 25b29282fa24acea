// Blocks -> Article: finds headline, kicker, dek, caption, credit and dateline, drops page chrome, numbers paragraphs.

import type { Article, ArticleFormat, ArticleParagraph } from '../model/article.js';
import type { Block } from './blocks.js';
import { findDates, findFullDate, isoDate, monthNumber } from './dates.js';
import { splitSentences } from './sentences.js';
import { endsLikeSentence, isTitleLike, normalizeForMatch, normalizeSpace, wordCount } from './text.js';

const CREDIT = /^(?:photo\s+|image\s+)?credits?\s*:\s*(.+)$/i;
const CREDIT_INSIDE = /\s*\b(?:photo\s+)?credits?\s*:\s*(.+)$/i;
const BYLINE = /^by\s+(\p{Lu}[^.!?]{1,80})$/iu;
const DATELINE_PREFIX = /^(?:published|updated|posted|last updated|dated)\s*(?:on\s*)?:?\s*/i;

const same = (a: string, b: string): boolean => normalizeForMatch(a).toLowerCase() === normalizeForMatch(b).toLowerCase();

/** The credit in a `Credit: …` line. */
function creditOf(text: string): string | undefined {
  return CREDIT.exec(text)?.[1]?.trim();
}

/** An ISO date when the whole block is a dateline (`Published June 14, 2031`, `2031-03-09`). */
export function datelineOf(text: string): string | undefined {
  const rest = text.replace(DATELINE_PREFIX, '').trim();
  const full = findFullDate(rest);
  if (!full || full.day === undefined) return undefined;
  const leftover = rest.replace(full.written, '').replace(/[\s,.|·—–-]+/g, ' ').trim();
  if (wordCount(leftover) > 3) return undefined;
  return isoDate(full.year, full.month, full.day);
}

/** A wire dateline opening the first paragraph: "GENEVA, Jan 14 - ", "KYIV, Ukraine, March 3, 2031 (Wire) — ". */
const WIRE_DATELINE = /^\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?,\s+([^-–—(]{3,24}?)\s*(?:\([^)]{1,30}\)\s*)?[-–—]+\s+(?=\p{Lu})/u;

/** The dateline's length and its date (ISO with a year, else as written: `Jan 14`), when a paragraph opens with one. */
export function wireDatelineOf(text: string): { length: number; date: string } | undefined {
  const m = WIRE_DATELINE.exec(text);
  const written = m?.[1]?.trim();
  // Wire style abbreviates months without a full stop ("Jan 14"): read it as "Jan. 14".
  const found = written ? findDates(written.replace(/^(\p{Lu}\p{Ll}{2,3})(?=\s+\d)/u, (w) => (monthNumber(w) ? `${w}.` : w)))[0] : undefined;
  if (!m || !found || found.start !== 0 || found.end < written!.length || found.month === undefined || found.day === undefined) return undefined;
  return { length: m[0].length, date: found.year !== undefined ? isoDate(found.year, found.month, found.day) : written! };
}

/** A photo description: one sentence carrying a parenthesised full date, e.g. `… in a city (June 3, 2031).` */
function hasParenthesisedDate(text: string): boolean {
  return findDates(text).some((d) => d.year !== undefined && d.month !== undefined && text.slice(Math.max(0, d.start - 1), d.start) === '(');
}

function isBodyLike(block: Block): boolean {
  if (block.kind === 'list') return (block.items?.length ?? 0) >= 2;
  if (block.kind !== 'text') return false;
  const n = wordCount(block.text);
  return n >= 25 || (n >= 12 && splitSentences(block.text).length >= 2);
}

function isNavLike(text: string): boolean {
  return wordCount(text) <= 4 && !endsLikeSentence(text) && isTitleLike(text);
}

/** A short line in the body that reads as a sub-heading rather than prose. */
function isSubheadingLike(text: string): boolean {
  return wordCount(text) <= 8 && !endsLikeSentence(text) && !/[,;:]$/.test(text) && /^[\p{Lu}\d"“]/u.test(text);
}

/**
 * Where the body starts when no paragraph is long enough to be sure: the first full sentence after the
 * headline, or the second when there are several and the first is short enough to be the dek.
 */
function shortBodyStart(blocks: Block[], titleIndex: number, isCaptionLike: (i: number) => boolean): number {
  const prose = blocks
    .map((b, i) => ({ b, i }))
    .filter(({ b, i }) => i > titleIndex && (b.kind === 'text' || b.kind === 'list') && endsLikeSentence(b.text) && wordCount(b.text) >= 6)
    .filter(({ b, i }) => !isCaptionLike(i) && !CREDIT.test(b.text) && !BYLINE.test(b.text) && datelineOf(b.text) === undefined);
  if (prose.length === 0) return blocks.length;
  if (prose.length >= 2 && wordCount(prose[0]!.b.text) <= 30 && titleIndex >= 0) return prose[1]!.i;
  return prose[0]!.i;
}

/**
 * A standfirst of two short sentences can look like body text; when a byline or dateline follows it
 * within the next blocks, the body starts after that line instead.
 */
function afterByline(blocks: Block[], titleIndex: number, bodyStart: number): number {
  for (let i = bodyStart; i < Math.min(blocks.length, bodyStart + 3); i++) {
    const b = blocks[i]!;
    const isLine = (b.kind === 'text' && BYLINE.test(b.text) && wordCount(b.text) <= 12) || b.kind === 'byline' || (b.kind === 'text' && datelineOf(b.text) !== undefined);
    if (!isLine) continue;
    const between = blocks.slice(bodyStart, i);
    return i > titleIndex && between.every((x) => wordCount(x.text) <= 50) ? i + 1 : bodyStart;
  }
  return bodyStart;
}

type Header = Pick<Article, 'dek' | 'kicker' | 'caption' | 'credit' | 'byline' | 'date' | 'outlet' | 'url'>;

function findTitle(blocks: Block[]): { index: number; text: string } {
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (h1 >= 0) return { index: h1, text: blocks[h1]!.text };
  const doc = blocks.findIndex((b) => b.kind === 'doc-title');
  if (doc >= 0) return { index: doc, text: blocks[doc]!.text };
  const firstBody = blocks.findIndex(isBodyLike);
  const lead = blocks.slice(0, firstBody < 0 ? Math.min(blocks.length, 20) : firstBody);
  const lines = lead
    .map((b, index) => ({ b, index }))
    .filter(({ b }) => (b.kind === 'text' || b.kind === 'heading') && wordCount(b.text) >= 3 && !BYLINE.test(b.text.trim()));
  const candidates = lines.filter(({ b }) => isTitleLike(b.text));
  const repeated = candidates.find(({ b }) => lead.filter((o) => same(o.text, b.text)).length >= 2);
  // Many outlets write headlines in sentence case: then the first short line that is not a sentence is the headline.
  const sentenceCase = lines.find(({ b }) => wordCount(b.text) <= 20 && !/[.;:!?]$/.test(b.text.trim()));
  const chosen = repeated ?? candidates[0] ?? sentenceCase;
  return chosen ? { index: chosen.index, text: chosen.b.text } : { index: -1, text: '' };
}

function takeCaption(header: Header, text: string): void {
  const inside = CREDIT_INSIDE.exec(text);
  const caption = inside ? text.slice(0, inside.index).trim() : text;
  if (inside && !header.credit) header.credit = inside[1]!.trim();
  if (!header.caption && caption) header.caption = caption;
}

/** Assigns a block the source itself marked (HTML class, meta tag, frontmatter key). */
function takeDeclared(header: Header, block: Block): boolean {
  switch (block.kind) {
    case 'dek':
      header.dek ??= block.text;
      return true;
    case 'kicker':
      header.kicker ??= block.text;
      return true;
    case 'caption':
      takeCaption(header, block.text);
      return true;
    case 'credit':
      header.credit ??= creditOf(block.text) ?? block.text;
      return true;
    case 'byline':
      header.byline ??= BYLINE.exec(block.text)?.[1]?.trim() ?? block.text;
      return true;
    case 'date':
      header.date ??= /^\d{4}-\d{2}-\d{2}/.exec(block.text)?.[0] ?? datelineOf(block.text);
      return true;
    case 'doc-title':
      return true;
    default:
      return false;
  }
}

/** Recognises credit, byline and dateline lines by their wording. */
function takeWorded(header: Header, text: string): boolean {
  const credit = creditOf(text);
  if (credit) {
    header.credit ??= credit;
    return true;
  }
  // "By Jane Roe | 6 October 2033": a masthead line, not a byline that runs on into the date.
  if (takeMastheadLine(header, text)) return true;
  const byline = BYLINE.exec(text);
  if (byline && wordCount(text) <= 12) {
    header.byline ??= byline[1]!.trim();
    return true;
  }
  const date = datelineOf(text);
  if (date) {
    header.date ??= date;
    return true;
  }
  return false;
}

/**
 * "Maritime Business · By Pieter Osei · Published 14 May 2029": a line of short parts that holds a byline or a
 * dateline; the part that is neither (a short name) is the outlet.
 */
function takeMastheadLine(header: Header, text: string): boolean {
  const parts = text.split(/\s+[·|•]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => wordCount(p) > 8)) return false;
  const worded = parts.filter((p) => BYLINE.test(p) || datelineOf(p) !== undefined);
  if (worded.length === 0) return false;
  for (const p of parts) {
    const byline = BYLINE.exec(p);
    if (byline) header.byline ??= byline[1]!.trim();
    else if (datelineOf(p) !== undefined) header.date ??= datelineOf(p);
    else if (isTitleLike(p) && wordCount(p) <= 5) header.outlet ??= p;
  }
  return true;
}

const LABEL = /^(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)?):\s/u;

/** Labels that open two paragraphs or more ("Interviewer:", "Amsel:"), and the usual Q&A ones: who speaks in an interview. */
function repeatedLabels(blocks: readonly Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const label = LABEL.exec(b.text)?.[1];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([label, n]) => n >= 2 || /^(?:Q|A|Question|Answer)$/.test(label)).map(([label]) => label));
}

function speakerLabel(text: string, labels: ReadonlySet<string>): string | undefined {
  const label = LABEL.exec(text)?.[1];
  return label && labels.has(label) ? label : undefined;
}

/** A closing note about the writer: "Jane Roe is a senior fellow at …", "… was an adviser to … from 2022 to 2024.", "Reporting by …". */
function isAuthorBio(text: string, byline: string | undefined): boolean {
  if (/^(?:\(?(?:Additional )?(?:Reporting|Writing|Editing|Edited|Compiled) by)\b/i.test(text) && wordCount(text) <= 30) return true;
  if (wordCount(text) > 60 || splitSentences(text).length > 3) return false;
  const surname = byline?.split(/\s+/).pop();
  const namesWriter = surname !== undefined && text.startsWith(byline!.split(/\s+/)[0]!) && text.includes(surname);
  const bio = /^(?:\p{Lu}[\p{L}’'.-]+\s+){1,3}(?:is|was|has been|served as)\s+(?:a\s+|an\s+|the\s+)?(?:\p{Ll}+\s+){0,3}(?:fellow|professor|adviser|advisor|director|editor|correspondent|analyst|researcher|lecturer|author|columnist|scholar|diplomat|former)\b/u;
  return bio.test(text) && (namesWriter || /\b(?:fellow|professor|columnist|author of)\b/.test(text));
}

/** "Several questions remain:" followed by a list is one paragraph: the intro becomes the list's first entry. */
function mergeListIntros(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.kind === 'list' && prev?.kind === 'text' && prev.text.endsWith(':')) {
      out[out.length - 1] = { kind: 'list', text: `${prev.text} ${b.text}`, line: prev.line, items: [prev.text, ...(b.items ?? [b.text])] };
    } else {
      out.push(b);
    }
  }
  return out;
}

/** Builds the Article from blocks; `title` is empty when no headline could be found. */
export function assembleArticle(input: Block[], format: ArticleFormat): Article {
  const blocks = mergeListIntros(input.map((b) => ({ ...b, text: normalizeSpace(b.text) })).filter((b) => b.text !== ''));
  const title = findTitle(blocks);
  const header: Header = {};
  const chrome: string[] = [];
  const isCredit = (i: number): boolean => {
    const b = blocks[i];
    return b !== undefined && (b.kind === 'credit' || creditOf(b.text) !== undefined);
  };
  const isCaptionLike = (i: number): boolean => {
    const b = blocks[i]!;
    if (b.kind === 'caption') return true;
    if (b.kind !== 'text') return false;
    return isCredit(i + 1) || (hasParenthesisedDate(b.text) && splitSentences(b.text).length === 1 && wordCount(b.text) <= 60);
  };
  let bodyStart = blocks.findIndex((b, i) => i > title.index && isBodyLike(b) && !isCaptionLike(i));
  if (bodyStart < 0) bodyStart = shortBodyStart(blocks, title.index, isCaptionLike);
  bodyStart = afterByline(blocks, title.index, bodyStart);

  // Header region: everything before the first body paragraph.
  let kickerIndex = -1;
  for (let i = title.index - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if ((b.kind === 'text' || b.kind === 'heading') && wordCount(b.text) <= 5 && !endsLikeSentence(b.text) && !creditOf(b.text)) {
      kickerIndex = i;
      break;
    }
    if (b.kind === 'text' || b.kind === 'heading') break;
  }
  for (let i = 0; i < bodyStart; i++) {
    const b = blocks[i]!;
    if (i === title.index) continue;
    if (takeDeclared(header, b)) continue;
    if (same(b.text, title.text) || (header.kicker && same(b.text, header.kicker))) {
      chrome.push(b.text);
      continue;
    }
    if (takeWorded(header, b.text)) continue;
    if (isCaptionLike(i)) {
      takeCaption(header, b.text);
      continue;
    }
    if (i === kickerIndex && !header.kicker) {
      header.kicker = b.text;
      continue;
    }
    const n = wordCount(b.text);
    if (i > title.index && !header.dek && n >= 5 && n <= 50 && !isNavLike(b.text) && b.kind !== 'list') {
      header.dek = b.text;
      continue;
    }
    chrome.push(b.text);
  }

  const labels = repeatedLabels(blocks.slice(bodyStart));
  // Body: paragraphs, with repeated chrome, credits, captions and sub-headings taken out.
  const paragraphs: Omit<ArticleParagraph, 'id'>[] = [];
  let heading: string | undefined;
  for (let i = bodyStart; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (same(b.text, title.text) || (header.kicker && same(b.text, header.kicker))) {
      chrome.push(b.text);
      continue;
    }
    if (takeDeclared(header, b) || takeWorded(header, b.text)) continue;
    if (b.kind === 'heading' || (b.kind === 'text' && isSubheadingLike(b.text))) {
      if (heading !== undefined) chrome.push(heading);
      heading = b.text;
      continue;
    }
    if (b.kind === 'text' && isCredit(i + 1)) {
      takeCaption(header, b.text);
      continue;
    }
    // The first paragraph's wire dateline gives the publication date and leaves the text.
    const wire = paragraphs.length === 0 && b.kind === 'text' ? wireDatelineOf(b.text) : undefined;
    if (wire) header.date ??= wire.date;
    const label = speakerLabel(b.text, labels);
    const text = label ? b.text.slice(label.length + 1).trimStart() : wire ? b.text.slice(wire.length) : b.text;
    const own = b.kind === 'list' && b.items ? b.items.flatMap(splitSentences) : splitSentences(text);
    paragraphs.push({ text, sentences: own, line: b.line, ...(heading !== undefined ? { heading } : {}), ...(label ? { label } : {}) });
    heading = undefined;
  }
  if (heading !== undefined) chrome.push(heading);
  while (paragraphs.length > 1 && isAuthorBio(paragraphs[paragraphs.length - 1]!.text, header.byline)) chrome.push(paragraphs.pop()!.text);

  return {
    title: title.text,
    ...header,
    paragraphs: paragraphs.map((p, i) => ({ id: `p${i + 1}`, ...p })),
    format,
    chrome,
  };
}
