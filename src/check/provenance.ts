// Provenance check: every [@pN] resolves to an article paragraph and every quotation is verbatim in a cited one.

import type { Article } from '../model/article.js';
import type { SlideCitation, SourceSlide, TextBlock, TextPosition } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { normalizeForMatch, words } from '../article/text.js';

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
    const report = (severity: Diagnostic['severity'], code: string, at: TextPosition, message: string, hint: string): void => {
      diagnostics.push({ severity, code, file, line: at.line, column: at.column, message, hint });
    };
    const blocks = slide.text.blocks;
    const valid = (ids: readonly string[]): string[] => ids.filter((id) => paragraphs.has(id));
    const seenInContent = new Set<string>();
    const malformed = (c: SlideCitation): void => report('error', 'citation-malformed', c, `citation ${c.written} is not of the form [@p3] or [@p3, p7]`, `cite article paragraphs by id (${range} in ${articleFile})`);
    for (const c of blocks.flatMap((b) => b.citations)) {
      c.ids.forEach((id) => seenInContent.add(id));
      if (c.malformed) {
        malformed(c);
        continue;
      }
      for (const id of c.ids) {
        if (!/^p\d+$/.test(id)) malformed(c);
        else if (!paragraphs.has(id)) report('error', 'citation-unknown', c, `citation ${c.written}: the article has no paragraph ${id}`, `the article ${articleFile} has ${range}; cite one of those`);
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
    const citedIn = (block: TextBlock): string[] => valid(block.citations.filter((c) => !c.malformed).flatMap((c) => c.ids));
    const slideCited = valid([...new Set([...blocks.flatMap(citedIn), ...slide.citations])]);
    for (const block of blocks) {
      const own = citedIn(block);
      const scope = own.length > 0 ? own : slideCited;
      for (const q of block.quotations.filter((quotation) => words(quotation.text).length >= 3)) {
        if (scope.length === 0) {
          report('error', 'quote-uncited', q, `quotation “${shorten(q.text)}” has no citation to check it against`, 'add the paragraph it comes from, e.g. [@p3], to this line');
          continue;
        }
        if (scope.some((id) => appearsIn(q.text, paragraphs.get(id)!.text))) continue;
        const elsewhere = article.paragraphs.find((p) => appearsIn(q.text, p.text));
        report(
          'error',
          'quote-not-verbatim',
          q,
          `quotation “${shorten(q.text)}” is not verbatim in ${scope.join(', ')}`,
          elsewhere
            ? `it appears in ${elsewhere.id}: cite [@${elsewhere.id}] ${own.length > 0 ? 'on this line' : 'on this slide'}`
            : `quote ${articleFile} word for word, or drop the quotation marks if this is a paraphrase`,
        );
      }
      if (block.kind === 'list-item' && block.citations.length === 0 && slide.settings.cite === 'required') {
        const where = slide.settings.section ? ` in section "${slide.settings.section}"` : '';
        report('warning', 'uncited-bullet', { line: block.line, column: 1 }, `bullet${where} has no citation`, 'end the bullet with the paragraph it comes from, e.g. [@p3] (the slide says cite: required)');
      }
    }
  }
  return diagnostics;
}
