// Provenance check: every [@pN] resolves to an article paragraph and every quotation is verbatim in a cited one.

import type { Article } from '../model/article.js';
import type { SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { normalizeForMatch, words } from '../article/text.js';

const CITATION = /\[@([^\]]*)\]/g;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

interface Located {
  text: string;
  /** 0-based line within the slide content, and 1-based column. */
  line: number;
  column: number;
}

/** A bullet or paragraph of a slide: the scope of its citations. */
interface Unit {
  isBullet: boolean;
  firstLine: number;
  citations: (Located & { ids: string[] })[];
  quotes: Located[];
}

/** Blanks fenced code, HTML comments and inline code (keeping line breaks) so they are never scanned. */
function maskCode(content: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  let out = content.replace(/<!--[\s\S]*?-->/g, blank);
  const lines = out.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i]!)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      lines[i] = blank(lines[i]!);
    } else if (marker) {
      fence = marker;
      lines[i] = blank(lines[i]!);
    }
  }
  out = lines.join('\n');
  return out.replace(/`[^`\n]*`/g, blank);
}

function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Quotations in a text: “…” pairs, then "…" pairs. */
function quotations(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  for (const m of text.matchAll(/“([^“”]*)”/g)) out.push({ text: m[1]!, offset: m.index ?? 0 });
  for (const m of text.matchAll(/"([^"]*)"/g)) out.push({ text: m[1]!, offset: m.index ?? 0 });
  return out;
}

function units(masked: string): Unit[] {
  const lines = masked.split('\n');
  const groups: { isBullet: boolean; first: number; last: number }[] = [];
  let current: { isBullet: boolean; first: number; last: number } | undefined;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    const item = LIST_ITEM.test(line);
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    const continues = current !== undefined && !item && !heading;
    if (continues && current) {
      current.last = i;
      return;
    }
    current = { isBullet: item, first: i, last: i };
    groups.push(current);
    if (heading) current = undefined;
  });
  return groups.map((g) => {
    const text = lines.slice(g.first, g.last + 1).join('\n');
    const citations = [...text.matchAll(CITATION)].map((m) => {
      const at = locate(text, m.index ?? 0);
      return { text: m[0], ids: m[1]!.split(/[,;]/).map((s) => s.trim().replace(/^@/, '')), line: g.first + at.line, column: at.column };
    });
    const quotes = quotations(text.replace(CITATION, (c) => ' '.repeat(c.length)))
      .filter((q) => words(q.text).length >= 3)
      .map((q) => {
        const at = locate(text, q.offset);
        return { text: q.text, line: g.first + at.line, column: at.column };
      });
    return { isBullet: g.isBullet, firstLine: g.first, citations, quotes };
  });
}

/** The pieces of a quotation that must appear in order: split at ellipses, markup and edge punctuation removed. */
function quotePieces(quote: string): string[] {
  return quote
    .split(/\s*(?:\[…\]|\[\.\.\.\]|…|\.\.\.)\s*/)
    .map((p) => normalizeForMatch(p.replace(/[*_]/g, '')).replace(/^[\s,.;:!?'"]+|[\s,.;:!?'"]+$/g, ''))
    .filter((p) => p !== '');
}

function appearsIn(quote: string, paragraphText: string): boolean {
  const haystack = normalizeForMatch(paragraphText);
  let from = 0;
  for (const piece of quotePieces(quote)) {
    const variants = [piece, piece.charAt(0).toUpperCase() + piece.slice(1), piece.charAt(0).toLowerCase() + piece.slice(1)];
    const at = Math.min(...variants.map((v) => haystack.indexOf(v, from)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return false;
    from = at + piece.length;
  }
  return true;
}

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Checks citations and quotations of slides against the article. Errors: unknown or malformed
 * citations, quotations not verbatim in a cited paragraph, quotations with nothing cited.
 * Warnings: bullets without a citation on slides that say `cite: required` (in their frontmatter or the headmatter).
 */
export function checkProvenance(slides: readonly SourceSlide[], article: Article, articleFile: string): Diagnostic[] {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
  const range = article.paragraphs.length > 0 ? `p1–p${article.paragraphs.length}` : 'no paragraphs';
  const diagnostics: Diagnostic[] = [];
  for (const slide of slides) {
    const file = slide.range.file;
    const report = (severity: Diagnostic['severity'], code: string, line: number, column: number, message: string, hint: string): void => {
      diagnostics.push({ severity, code, file, line: slide.contentLine + line, column, message, hint });
    };
    const slideUnits = units(maskCode(slide.content));
    const valid = (ids: readonly string[]): string[] => ids.filter((id) => paragraphs.has(id));
    const seenInContent = new Set<string>();
    for (const unit of slideUnits) {
      for (const c of unit.citations) {
        for (const id of c.ids) {
          seenInContent.add(id);
          if (!/^p\d+$/.test(id)) {
            report('error', 'citation-malformed', c.line, c.column, `citation ${c.text} is not of the form [@p3] or [@p3, p7]`, `cite article paragraphs by id (${range} in ${articleFile})`);
          } else if (!paragraphs.has(id)) {
            report('error', 'citation-unknown', c.line, c.column, `citation ${c.text}: the article has no paragraph ${id}`, `the article ${articleFile} has ${range}; cite one of those`);
          }
        }
      }
    }
    for (const id of slide.citations) {
      if (seenInContent.has(id) || paragraphs.has(id)) continue;
      diagnostics.push({
        severity: 'error', code: 'citation-unknown', file, line: slide.range.startLine, column: 0,
        message: `slide "${slide.id}" cites ${id}, which is not a paragraph of the article`,
        hint: `the article ${articleFile} has ${range}`,
      });
    }
    const slideCited = valid([...new Set([...slideUnits.flatMap((u) => u.citations.flatMap((c) => c.ids)), ...slide.citations])]);
    for (const unit of slideUnits) {
      const own = valid(unit.citations.flatMap((c) => c.ids));
      const scope = own.length > 0 ? own : slideCited;
      for (const q of unit.quotes) {
        if (scope.length === 0) {
          report('error', 'quote-uncited', q.line, q.column, `quotation “${shorten(q.text)}” has no citation to check it against`, 'add the paragraph it comes from, e.g. [@p3], to this line');
          continue;
        }
        if (scope.some((id) => appearsIn(q.text, paragraphs.get(id)!.text))) continue;
        const elsewhere = article.paragraphs.find((p) => appearsIn(q.text, p.text));
        report(
          'error',
          'quote-not-verbatim',
          q.line,
          q.column,
          `quotation “${shorten(q.text)}” is not verbatim in ${scope.join(', ')}`,
          elsewhere
            ? `it appears in ${elsewhere.id}: cite [@${elsewhere.id}] ${own.length > 0 ? 'on this line' : 'on this slide'}`
            : `quote ${articleFile} word for word, or drop the quotation marks if this is a paraphrase`,
        );
      }
      if (unit.isBullet && unit.citations.length === 0 && slide.settings.cite === 'required') {
        const where = slide.settings.section ? ` in section "${slide.settings.section}"` : '';
        report('warning', 'uncited-bullet', unit.firstLine, 1, `bullet${where} has no citation`, 'end the bullet with the paragraph it comes from, e.g. [@p3] (the slide says cite: required)');
      }
    }
  }
  return diagnostics;
}
