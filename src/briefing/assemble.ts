// A briefing as a deck of its own: generated cover and agenda, the picked slides renumbered, the time budget checked. Pure.

import type { DeckMeta, ParsedDeck, SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseDeck } from '../parse/parse-deck.js';
import type { BriefingManifest } from './manifest.js';
import type { Selection } from './select.js';
import { formatDuration, slideMinutes, totalMinutes } from './timing.js';

export interface AssembledBriefing {
  deck: ParsedDeck;
  /** Speaking time of the picked slides, in minutes. */
  minutes: number;
}

export function assembleBriefing(manifest: BriefingManifest, selection: Selection, deckMeta: DeckMeta): AssembledBriefing {
  const diagnostics: Diagnostic[] = [...selection.diagnostics];
  // Every picked slide gets its minutes written in, so the speaker view paces exactly what the cover totals.
  const picked = selection.slides.map(({ slide }) => withMinutes(slide, slideMinutes(slide.settings, manifest.defaultMinutes)));
  const minutes = totalMinutes(picked.map((slide) => slide.settings));
  if (manifest.minutes !== undefined && minutes > manifest.minutes) {
    diagnostics.push({
      severity: 'warning', code: 'briefing-budget', file: manifest.file, line: 1, column: 0,
      message: `briefing "${manifest.name}" takes ${formatDuration(minutes)}, over its budget of ${formatDuration(manifest.minutes)}`,
      hint: 'drop or shorten slides, or raise minutes: in the manifest',
    });
  }
  const generated = [
    ...(manifest.cover ? [coverMarkdown(manifest, deckMeta, minutes)] : []),
    ...(manifest.agenda && selection.slides.length > 1 ? [agendaMarkdown(selection, manifest)] : []),
  ];
  // The generated cover and agenda are passed over, not spoken to: no time of their own, so the total stays the picked slides'.
  const generatedSlides = generated.length > 0 ? parseDeck([{ file: manifest.file, text: generated.join('\n\n') }]).slides.map((slide) => withMinutes(slide, 0)) : [];
  const slides = [...generatedSlides, ...picked].map((slide, h) => ({ ...slide, h, v: 0 }));
  const meta: DeckMeta = {
    ...deckMeta,
    title: manifest.title,
    ...(manifest.audience ? { subtitle: `For ${manifest.audience}` } : {}),
    ...(manifest.date ? { date: manifest.date } : {}),
  };
  return { deck: { meta, slides, diagnostics }, minutes };
}

function coverMarkdown(manifest: BriefingManifest, deckMeta: DeckMeta, minutes: number): string {
  const facts = [manifest.audience ? `For ${manifest.audience}` : undefined, manifest.date, formatDuration(minutes)].filter(Boolean).join(' · ');
  return [
    '---',
    'id: briefing-cover',
    'layout: title',
    '---',
    `# ${manifest.title}`,
    '',
    facts,
    '',
    `From the deck “${deckMeta.title}”`,
  ].join('\n');
}

function agendaMarkdown(selection: Selection, manifest: BriefingManifest): string {
  const items = selection.slides
    .filter(({ slide }) => slide.title)
    .map(({ slide }) => `1. ${escapeInline(slide.title!)} · *${formatDuration(slideMinutes(slide.settings, manifest.defaultMinutes))}*`);
  return ['---', 'id: briefing-agenda', 'layout: agenda', '---', '## Agenda', '', ...items].join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function withMinutes(slide: SourceSlide, minutes: number): SourceSlide {
  return { ...slide, settings: { ...slide.settings, minutes } };
}
