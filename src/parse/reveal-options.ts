// `revealOptions` (reveal-md's key): reveal.js settings a deck may pass on, each checked against reveal.js's config type.

import type { RevealConfig } from 'reveal.js';
import type { Diagnostic } from '../model/diagnostic.js';

type Kind = 'boolean' | 'number' | 'string' | readonly string[];

const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;

/** The reveal.js settings a deck may choose, with the type RevealConfig gives them (a list: one of these words). */
const PASSABLE: { readonly [K in keyof RevealConfig]?: readonly Kind[] } = {
  controls: ['boolean', ['speaker', 'speaker-only']],
  controlsTutorial: ['boolean'],
  controlsLayout: [['edges', 'bottom-right']],
  controlsBackArrows: [['faded', 'hidden', 'visible']],
  progress: ['boolean'],
  slideNumber: ['boolean', ['h.v', 'h/v', 'c', 'c/t']],
  showSlideNumber: [['all', 'print', 'speaker']],
  keyboard: ['boolean'],
  overview: ['boolean'],
  center: ['boolean'],
  touch: ['boolean'],
  loop: ['boolean'],
  rtl: ['boolean'],
  navigationMode: [['default', 'linear', 'grid']],
  shuffle: ['boolean'],
  fragments: ['boolean'],
  fragmentInURL: ['boolean'],
  help: ['boolean'],
  pause: ['boolean'],
  autoPlayMedia: ['boolean'],
  autoAnimate: ['boolean'],
  autoAnimateDuration: ['number'],
  autoAnimateEasing: ['string'],
  autoSlide: ['number', 'boolean'],
  autoSlideStoppable: ['boolean'],
  defaultTiming: ['number'],
  mouseWheel: ['boolean'],
  previewLinks: ['boolean'],
  transition: [TRANSITIONS],
  transitionSpeed: [['default', 'fast', 'slow']],
  backgroundTransition: [TRANSITIONS],
  viewDistance: ['number'],
  mobileViewDistance: ['number'],
  hideInactiveCursor: ['boolean'],
  hideCursorTime: ['number'],
  margin: ['number'],
  minScale: ['number'],
  maxScale: ['number'],
  width: ['number', 'string'],
  height: ['number', 'string'],
};

/** Settings briefdeck sets itself, for print, export, links and the page it builds: a deck cannot change them. */
const OWNED = new Set(['hash', 'history', 'display', 'plugins', 'dependencies', 'embedded', 'pdfSeparateFragments', 'showNotes', 'markdown', 'highlight', 'math', 'view', 'scrollActivationWidth']);

export type RevealOptions = Record<string, boolean | number | string>;

export function readRevealOptions(value: unknown, where: { file: string; line: number }): { options: RevealOptions; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const say = (severity: 'error' | 'warning', message: string, hint: string): void => {
    diagnostics.push({ severity, code: severity === 'error' ? 'invalid-setting' : 'unknown-setting', file: where.file, line: where.line, column: 1, message, hint });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    say('error', 'revealOptions should be a map of reveal.js settings', 'write it as "revealOptions:" followed by indented "key: value" lines, e.g. "  transition: fade"');
    return { options: {}, diagnostics };
  }
  const options: RevealOptions = {};
  for (const [key, raw] of Object.entries(value)) {
    const kinds = (PASSABLE as Record<string, readonly Kind[] | undefined>)[key];
    if (OWNED.has(key)) {
      say('warning', `revealOptions.${key} is set by briefdeck itself and is not applied`, 'remove it; see docs/migrating.md for what briefdeck does instead');
    } else if (!kinds) {
      say('warning', `revealOptions.${key} is not a reveal.js setting briefdeck passes on; it is not applied`, `use one of: ${Object.keys(PASSABLE).join(', ')}`);
    } else if (kinds.some((kind) => fits(raw, kind))) {
      options[key] = raw as boolean | number | string;
    } else {
      say('error', `revealOptions.${key} should be ${kinds.map(describe).join(' or ')}`, `fix the value of revealOptions.${key}`);
    }
  }
  return { options, diagnostics };
}

function fits(value: unknown, kind: Kind): boolean {
  return typeof kind === 'string' ? typeof value === kind && (kind !== 'number' || Number.isFinite(value)) : typeof value === 'string' && kind.includes(value);
}

function describe(kind: Kind): string {
  return typeof kind === 'string' ? `a ${kind}` : `one of ${kind.join(', ')}`;
}
