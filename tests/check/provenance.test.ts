// checkProvenance on hand-built slides: citations resolve, quotations are verbatim, bullets cite, file:line reported.
import { describe, expect, it } from 'vitest';
import { checkProvenance } from '../../src/check/provenance.js';
import type { Article } from '../../src/model/article.js';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { readSlideText } from '../../src/markdown/slide-text.js';
import type { SourceSlide } from '../../src/model/deck.js';

const article: Article = {
  title: 'A Test Article',
  format: 'txt',
  chrome: [],
  paragraphs: [
    { id: 'p1', line: 3, text: 'The ministers met on June 3. It was the first meeting in twenty years.', sentences: [] },
    { id: 'p2', line: 5, text: 'As one adviser said, “The   ministry has lost its negotiators,” and the talks stalled.', sentences: [] },
    { id: 'p3', line: 7, text: 'If talks fail, critics will return to "fire and fury" rhetoric within weeks.', sentences: [] },
  ],
};

const md = createMarkdown();

/** A slide whose content starts on line `contentLine` of `slides/02-x.md`, read as the parser reads it. */
function slide(content: string, options: { section?: string; cite?: 'required' | 'optional'; contentLine?: number; citations?: string[]; id?: string } = {}): SourceSlide {
  const contentLine = options.contentLine ?? 10;
  const read = readSlideText(md, content, 'slides/02-x.md', contentLine);
  return {
    id: options.id ?? 'x',
    h: 0,
    v: 0,
    content,
    contentLine,
    notes: '',
    settings: { tags: [], attributes: {}, ...(options.section ? { section: options.section } : {}), ...(options.cite ? { cite: options.cite } : {}) },
    range: { file: 'slides/02-x.md', startLine: contentLine - 4, endLine: contentLine + content.split('\n').length },
    citations: options.citations ?? read.citations,
    text: read.text,
  };
}

const check = (slides: SourceSlide[]) => checkProvenance(slides, article, 'slides/source/article.txt');
const brief = (slides: SourceSlide[]) => check(slides).map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.column}`);

describe('checkProvenance: citations', () => {
  it('accepts citations of existing paragraphs, single and grouped', () => {
    expect(check([slide('## Firsts\n\n- They met. [@p1]\n- Talks stalled. [@p2, p3]', { section: 'firsts' })])).toEqual([]);
  });

  it('reports an unknown paragraph at its file, line and column, with the valid range', () => {
    const d = check([slide('## Firsts\n\n- They met. [@p1]\n- Later. [@p9]', { section: 'firsts' })]);
    expect(d).toEqual([
      {
        severity: 'error', code: 'citation-unknown', file: 'slides/02-x.md', line: 13, column: 10,
        message: 'citation [@p9]: the article has no paragraph p9',
        hint: 'the article slides/source/article.txt has p1–p3; cite one of those',
      },
    ]);
  });

  it('reports malformed citations', () => {
    expect(brief([slide('Text [@para2] and [@p1, x]')])).toEqual([
      'error citation-malformed slides/02-x.md:10:6',
      'error citation-malformed slides/02-x.md:10:19',
    ]);
  });

  it('reports a cited id from SourceSlide.citations that is not in the article, at the slide start', () => {
    expect(brief([slide('No markers here.', { citations: ['p7'], contentLine: 20 })])).toEqual(['error citation-unknown slides/02-x.md:16:0']);
  });
});

describe('checkProvenance: quotations', () => {
  it('accepts a verbatim quotation, comparing curly and straight quotes and whitespace loosely', () => {
    expect(check([slide('- An adviser: “The ministry has lost its negotiators” [@p2]')])).toEqual([]);
    expect(check([slide('- An adviser: "The ministry has\n  lost its negotiators," [@p2]')])).toEqual([]);
    expect(check([slide('- Critics may return to “fire and fury” rhetoric. [@p3]')])).toEqual([]);
  });

  it('accepts quotations with an ellipsis when the pieces appear in order', () => {
    expect(check([slide('- “The ministers met … the first meeting in twenty years” [@p1]')])).toEqual([]);
    expect(brief([slide('- “the first meeting in twenty years … The ministers met” [@p1]')])).toEqual(['error quote-not-verbatim slides/02-x.md:10:3']);
  });

  it('reports a quotation that is not in the paragraph cited on its line, and says where it is', () => {
    const d = check([slide('## Talks\n\n- He said “the ministry has lost its negotiators” [@p1]')]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({
      code: 'quote-not-verbatim', line: 12, column: 11,
      message: 'quotation “the ministry has lost its negotiators” is not verbatim in p1',
      hint: 'it appears in p2: cite [@p2] on this line',
    });
  });

  it('reports an altered quotation with a hint to quote word for word', () => {
    const d = check([slide('- “The ministry has lost all its negotiators” [@p2]')]);
    expect(d.map((x) => [x.code, x.hint])).toEqual([
      ['quote-not-verbatim', 'quote slides/source/article.txt word for word, or drop the quotation marks if this is a paraphrase'],
    ]);
  });

  it('checks a line without a citation against everything cited on the slide', () => {
    expect(check([slide('“The ministers met on June 3.”\n\n- Meeting. [@p1]')])).toEqual([]);
    expect(brief([slide('“The ministers met on June 3.”\n\n- Talks. [@p2]')])).toEqual(['error quote-not-verbatim slides/02-x.md:10:1']);
  });

  it('reports a quotation when nothing on the slide is cited', () => {
    expect(brief([slide('He called it “a long and difficult road”.', { contentLine: 4 })])).toEqual(['error quote-uncited slides/02-x.md:4:14']);
  });

  it('ignores short quotations, code, comments and diagrams', () => {
    const content = [
      'A “short one” here.',
      '`code with “three quoted words”`',
      '<!-- “a commented quotation here” -->',
      '```mermaid',
      'flowchart LR',
      '  a1["Some long node label"] --> a2',
      '```',
    ].join('\n');
    expect(check([slide(content)])).toEqual([]);
  });
});

describe('checkProvenance: uncited bullets', () => {
  it('warns about bullets without a citation on slides that say cite: required, whatever their section', () => {
    for (const section of ['firsts', 'skepticism', 'open-questions', 'recommendations', 'bottom-line', 'key-judgements', 'what-to-watch', 'harbour-plans']) {
      const d = check([slide('## S\n\n- cited [@p1]\n- not cited\n  on two lines\n1. numbered, not cited', { section, cite: 'required' })]);
      expect(d.map((x) => `${x.severity} ${x.code} ${x.line}`)).toEqual(['warning uncited-bullet 13', 'warning uncited-bullet 15']);
      expect(d[0]!.message).toBe(`bullet in section "${section}" has no citation`);
    }
    expect(check([slide('- not cited', { cite: 'required' })]).map((x) => x.message)).toEqual(['bullet has no citation']);
  });

  it('does not warn on slides that leave cite unset or say cite: optional, whatever their section', () => {
    expect(check([slide('- Firsts\n- Open questions', { section: 'agenda' }), slide('- one\n- two')])).toEqual([]);
    expect(check([slide('- not cited', { section: 'firsts' }), slide('- not cited', { section: 'bottom-line', cite: 'optional' })])).toEqual([]);
  });

  it('reports every slide of a deck with its own file and lines', () => {
    const a = slide('- ok [@p1]', { section: 'firsts', cite: 'required', contentLine: 5 });
    const b = { ...slide('- bad [@p4]', { section: 'firsts', cite: 'required', contentLine: 30 }), range: { file: 'slides/03-y.md', startLine: 26, endLine: 31 } };
    expect(brief([a, b])).toEqual(['error citation-unknown slides/03-y.md:30:7']);
  });
});
