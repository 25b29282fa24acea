// A briefing's generated cover and agenda: one of each, the deck's own cover and agenda left out, agenda items
// grouped by section, named once, numbered by the slide they start on.

import { describe, expect, it } from 'vitest';
import { assembleBriefing } from '../../src/briefing/assemble.js';
import { readManifest, type BriefingManifest } from '../../src/briefing/manifest.js';
import { resolveManifest, type ExternalSlides } from '../../src/briefing/select.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { htmlDocument } from '../helpers/dom.js';

const PARSED = parseDeck([
  {
    file: 'deck.md',
    text: [
      '---\ntitle: The deck\nbriefer: J. Doe\norganisation: Policy Unit\nid: cover\nlayout: title\n---\n# The deck',
      '---\nid: agenda\nlayout: agenda\n---\n## Agenda\n\n1. Firsts',
      '---\nid: firsts-divider\nsection: firsts\nlayout: section\nminutes: 0.25\n---\n## Historic firsts',
      '---\nid: firsts\nsection: firsts\nminutes: 1\n---\n## Historic firsts',
      '---\nid: firsts-2\nsection: firsts\nminutes: 1\n---\n## More firsts',
      '---\nid: doubts\nsection: skepticism\nminutes: 2\n---\n## Doubts',
      '---\nid: chart\nminutes: 1\n---\n## A chart',
    ].join('\n\n'),
  },
]);

const NO_EXTERNAL: ExternalSlides = { extra: new Map(), decks: new Map() };

function assemble(yaml: string) {
  const read = readManifest(`title: Staff brief\n${yaml}`, 'briefings/b.yaml', 'b');
  const manifest: BriefingManifest = read.manifest!;
  const selection = resolveManifest(manifest, { deck: PARSED.slides, briefings: new Map([['b', manifest]]), external: NO_EXTERNAL });
  const { deck } = assembleBriefing(manifest, selection, PARSED.meta);
  return { deck, doc: htmlDocument(renderDeck(deck).deck.html) };
}

describe('assembleBriefing', () => {
  it('shows one cover and one agenda when the briefing picks everything, the deck’s own cover and agenda included', () => {
    const { deck } = assemble('slides: ["*"]\n');
    expect(deck.slides.map((s) => s.id)).toEqual(['briefing-cover', 'briefing-agenda', 'firsts-divider', 'firsts', 'firsts-2', 'doubts', 'chart']);
  });

  it('lists each section once (by its divider, else its name; a lone slide by its title), numbered by the slide it starts on, with the section’s minutes and no stray separators', () => {
    const { doc } = assemble('slides: ["*"]\n');
    const items = [...doc.querySelectorAll('#briefing-agenda li')];
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual(['3', '6', '7']);
    expect(items.map((li) => li.textContent)).toEqual(['3 Historic firsts 2 min 15 s', '6 Doubts 2 min', '7 A chart 1 min']);
    expect(doc.querySelector('#briefing-agenda')!.textContent).not.toContain('·');
    // The numbers are the positions reveal.js shows: slide 6 is "Doubts".
    expect(doc.querySelectorAll('body > section')[5]!.id).toBe('doubts');
  });

  it('names a run of section slides without a divider by the section', () => {
    const { doc } = assemble('slides: [firsts, firsts-2, doubts]\n');
    expect([...doc.querySelectorAll('#briefing-agenda li')].map((li) => li.textContent)).toEqual(['3 Firsts 2 min', '5 Doubts 2 min']);
  });

  it('leaves out section dividers with dividers: false, and still names the section in the agenda', () => {
    const { deck, doc } = assemble('dividers: false\nslides: ["*"]\n');
    expect(deck.slides.map((s) => s.id)).toEqual(['briefing-cover', 'briefing-agenda', 'firsts', 'firsts-2', 'doubts', 'chart']);
    expect([...doc.querySelectorAll('#briefing-agenda li')].map((li) => li.textContent)).toEqual(['3 Firsts 2 min', '5 Doubts 2 min', '6 A chart 1 min']);
  });

  it('keeps a picked deck cover when the briefing makes none', () => {
    const { deck } = assemble('cover: false\nagenda: false\nslides: [cover, doubts]\n');
    expect(deck.slides.map((s) => s.id)).toEqual(['cover', 'doubts']);
  });

  it('names the briefer and organisation on the generated cover', () => {
    const { doc } = assemble('slides: [doubts, chart]\n');
    expect(doc.querySelector('#briefing-cover .bd-fact-briefer dd')!.textContent).toBe('J. Doe, Policy Unit');
  });
});
