// A briefing as a deck of its own: generated cover and agenda, the picked slides renumbered, the time budget checked. Pure.

import type { DeckMeta, ParsedDeck, SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { parseDeck } from '../parse/parse-deck.js';
import { slideCopy } from '../markdown/parsed-bodies.js';
import { sectionTitle } from '../parse/slug.js';
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
  // The briefing's own cover and agenda stand in for the deck's: a briefing never opens with two of each.
  const kept = selection.slides.map(({ slide }) => slide).filter((slide) => !replacedByGenerated(slide, manifest));
  // Every picked slide gets its minutes written in, so the speaker view paces exactly what the cover totals.
  const picked = kept.map((slide) => withMinutes(slide, slideMinutes(slide.settings, manifest.defaultMinutes)));
  const minutes = totalMinutes(picked.map((slide) => slide.settings));
  if (manifest.minutes !== undefined && minutes > manifest.minutes) {
    diagnostics.push({
      severity: 'warning', code: 'briefing-budget', file: manifest.file, line: 1, column: 0,
      message: `briefing "${manifest.name}" takes ${formatDuration(minutes)}, over its budget of ${formatDuration(manifest.minutes)}`,
      hint: 'drop or shorten slides, or raise minutes: in the manifest',
    });
  }
  const withAgenda = manifest.agenda && picked.length > 1;
  const generatedCount = (manifest.cover ? 1 : 0) + (withAgenda ? 1 : 0);
  const generated = [
    ...(manifest.cover ? [coverMarkdown(manifest, deckMeta, minutes)] : []),
    ...(withAgenda ? [agendaMarkdown(picked, manifest, generatedCount)] : []),
  ];
  // The generated cover and agenda are passed over, not spoken to: no time of their own, so the total stays the picked slides'.
  const generatedSlides = generated.length > 0 ? parseDeck([{ file: manifest.file, text: generated.join('\n\n') }]).slides.map((slide) => withMinutes(slide, 0)) : [];
  const slides = [...generatedSlides, ...picked].map((slide, h) => slideCopy(slide, { h, v: 0 }));
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

/**
 * A deck cover (`layout: title`) when the briefing makes its own; a deck agenda when the briefing makes its own;
 * a section divider when the briefing leaves them out (`dividers: false`).
 */
function replacedByGenerated(slide: SourceSlide, manifest: BriefingManifest): boolean {
  const layout = slide.settings.layout;
  return (manifest.cover && layout === 'title') || (manifest.agenda && layout === 'agenda') || (manifest.dividers === false && layout === 'section');
}

export interface AgendaItem {
  /** Slide number (1-based, in the briefing) where the item starts. */
  slideNumber: number;
  title: string;
  minutes: number;
}

/**
 * One item per run of consecutive slides in the same section (a slide without a section is its own item),
 * numbered by the slide it starts on, with the run's minutes. A one-slide run is named by its title; a longer
 * run by its divider's title (`layout: section`), else by the section's name.
 */
export function agendaItems(slides: readonly SourceSlide[], defaultMinutes: number, firstNumber: number): AgendaItem[] {
  const runs: { slideNumber: number; section?: string; slides: SourceSlide[] }[] = [];
  slides.forEach((slide, index) => {
    const section = slide.settings.section;
    const last = runs.at(-1);
    if (last && section !== undefined && last.section === section) last.slides.push(slide);
    else runs.push({ slideNumber: firstNumber + index, slides: [slide], ...(section !== undefined ? { section } : {}) });
  });
  return runs
    .map((run) => ({
      slideNumber: run.slideNumber,
      title: runTitle(run.slides, run.section),
      minutes: totalMinutes(run.slides.map((slide) => slide.settings), defaultMinutes),
    }))
    .filter((item) => item.title !== '');
}

function runTitle(slides: readonly SourceSlide[], section: string | undefined): string {
  if (slides.length === 1 || section === undefined) return slides.find((s) => s.title)?.title ?? '';
  return slides.find((s) => s.settings.layout === 'section' && s.title)?.title ?? sectionTitle(section);
}

function agendaMarkdown(slides: readonly SourceSlide[], manifest: BriefingManifest, generatedCount: number): string {
  const items = agendaItems(slides, manifest.defaultMinutes, generatedCount + 1)
    .map((item) => `- **${item.slideNumber}** ${escapeInline(item.title)} *${formatDuration(item.minutes)}*`);
  return ['---', 'id: briefing-agenda', 'layout: agenda', '---', '## Agenda', '', ...items].join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function withMinutes(slide: SourceSlide, minutes: number): SourceSlide {
  return slideCopy(slide, { settings: { ...slide.settings, minutes } });
}
