// Speaking time: a slide's minutes, a deck's total and how both are written, computed once for covers, agendas, budgets, the remix view and the speaker view's pacing. Pure.

import { DEFAULT_SLIDE_MINUTES, type SlideSettings } from '../model/deck.js';

/** Minutes a slide is given: its own `minutes:`, else the default of the deck or briefing. */
export function slideMinutes(settings: Pick<SlideSettings, 'minutes'>, defaultMinutes: number = DEFAULT_SLIDE_MINUTES): number {
  return settings.minutes ?? defaultMinutes;
}

/** Whole seconds, as reveal.js's `data-timing` wants them. */
export function slideSeconds(minutes: number): number {
  return Math.round(minutes * 60);
}

/** The total of several slides, in minutes (exact to the second). */
export function totalMinutes(slides: readonly Pick<SlideSettings, 'minutes'>[], defaultMinutes: number = DEFAULT_SLIDE_MINUTES): number {
  return slideSeconds(slides.reduce((sum, settings) => sum + slideMinutes(settings, defaultMinutes), 0)) / 60;
}

/**
 * A duration for people: under a minute in seconds (`15 s`), under ten minutes exact (`1 min`,
 * `5 min 30 s`), longer ones to the nearest minute (`16 min`).
 */
export function formatDuration(minutes: number): string {
  const seconds = slideSeconds(minutes);
  if (seconds < 60) return `${seconds} s`;
  if (seconds >= 600) return `${Math.round(seconds / 60)} min`;
  const rest = seconds % 60;
  return rest === 0 ? `${seconds / 60} min` : `${Math.floor(seconds / 60)} min ${rest} s`;
}
