// A briefing as a deck of its own: generated cover and agenda, the picked slides renumbered, the time budget checked. Pure.

import type { DeckMeta, ParsedDeck, SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseDeck } from '../parse/parse-deck.js';
import type { BriefingManifest } from './manifest.js';
import type { Selection } from './select.js';

export interface AssembledBriefing {
  deck: ParsedDeck;
  /** Speaking time of the picked slides, in minutes. */
  minutes: number;
}

export function slideMinutes(slide: SourceSlide, defaultMinutes: number): number {
  return slide.settings.minutes ?? defaultMinutes;
}

export function assembleBriefing(manifest: BriefingManifest, selection: Selection, deckMeta: DeckMeta): AssembledBriefing {
  const diagnostics: Diagnostic[] = [...selection.diagnostics];
  const minutes = round(selection.slides.reduce((sum, { slide }) => sum + slideMinutes(slide, manifest.defaultMinutes), 0));
  if (manifest.minutes !== undefined && minutes > manifest.minutes) {
    diagnostics.push({
      severity: 'warning', code: 'briefing-budget', file: manifest.file, line: 1, column: 0,
      message: `briefing "${manifest.name}" takes ${minutes} min, over its budget of ${manifest.minutes} min`,
      hint: 'drop or shorten slides, or raise minutes: in the manifest',
    });
  }
  const generated = [
    ...(manifest.cover ? [coverMarkdown(manifest, deckMeta, minutes)] : []),
    ...(manifest.agenda && selection.slides.length > 1 ? [agendaMarkdown(selection, manifest)] : []),
  ];
  const generatedSlides = generated.length > 0 ? parseDeck([{ file: manifest.file, text: generated.join('\n\n') }]).slides : [];
  const slides = [...generatedSlides, ...selection.slides.map((s) => s.slide)].map((slide, h) => ({ ...slide, h, v: 0 }));
  const meta: DeckMeta = {
    ...deckMeta,
    title: manifest.title,
    ...(manifest.audience ? { subtitle: `For ${manifest.audience}` } : {}),
    ...(manifest.date ? { date: manifest.date } : {}),
  };
  return { deck: { meta, slides, diagnostics }, minutes };
}

function coverMarkdown(manifest: BriefingManifest, deckMeta: DeckMeta, minutes: number): string {
  const facts = [manifest.audience ? `For ${manifest.audience}` : undefined, manifest.date, `${minutes} min`].filter(Boolean).join(' · ');
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
    .map(({ slide }) => `1. ${escapeInline(slide.title!)} · *${round(slideMinutes(slide, manifest.defaultMinutes))} min*`);
  return ['---', 'id: briefing-agenda', 'layout: agenda', '---', '## Agenda', '', ...items].join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function round(minutes: number): number {
  return Math.round(minutes * 10) / 10;
}
