// Per-slide and deck settings: a table of small validators, one per key (as Marpit does for directives).

import { CITE_RULES, type CiteRule, type DeckMeta, type SlideSettings } from '../model/deck.js';

type Check<T> = (value: unknown) => { value: T } | { problem: string };

const text: Check<string> = (value) =>
  typeof value === 'string' && value.trim() !== ''
    ? { value: value.trim() }
    : typeof value === 'number'
      ? { value: String(value) }
      : { problem: 'should be a non-empty text' };

const tagList: Check<string[]> = (value) => {
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (!items || !items.every((t) => typeof t === 'string' || typeof t === 'number')) {
    return { problem: 'should be a list of words, e.g. [principal, staff]' };
  }
  return { value: items.map((t) => String(t).trim()).filter((t) => t !== '') };
};

const positiveNumber: Check<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? { value }
    : { problem: 'should be a positive number of minutes, e.g. 1.5' };

export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;

const transition: Check<string> = (value) => {
  const result = text(value);
  if ('problem' in result) return result;
  const parts = result.value.split(/\s+/).map((p) => p.replace(/-(in|out)$/, ''));
  return parts.every((p) => (TRANSITIONS as readonly string[]).includes(p))
    ? result
    : { problem: `should be one of ${TRANSITIONS.join(', ')} (optionally with -in/-out)` };
};

/** The slide layouts every theme styles (`layout-<name>` on the slide's section). */
export const LAYOUTS = ['title', 'section', 'bullets', 'two-columns', 'quote', 'timeline', 'diagram', 'sources', 'agenda', 'bottom-line', 'key-judgements', 'what-to-watch'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/**
 * What a layout implies for settings its slide leaves unset: the slide's own setting wins, then its layout's, then
 * the headmatter's. A sources slide describes the article and its citations; it claims nothing of its own.
 */
export const LAYOUT_DEFAULTS: Readonly<Partial<Record<LayoutName, Readonly<Pick<SlideSettings, 'cite'>>>>> = {
  sources: { cite: 'none' },
};

/** The defaults `layout` implies (none for a slide without a layout, or with one no table entry names). */
export function layoutDefaults(layout: string | undefined): Readonly<Pick<SlideSettings, 'cite'>> {
  const known = LAYOUTS.find((name) => name === layout);
  return (known && LAYOUT_DEFAULTS[known]) ?? {};
}

const layout: Check<string> = (value) => {
  const result = text(value);
  if ('problem' in result) return result;
  return (LAYOUTS as readonly string[]).includes(result.value)
    ? result
    : { problem: `names no known layout ("${result.value}"); known layouts: ${LAYOUTS.join(', ')}` };
};

const CITE_CHOICES = `${CITE_RULES.slice(0, -1).join(', ')} or ${CITE_RULES.at(-1)}`;

const citeRule: Check<CiteRule> = (value) => {
  const result = text(value);
  if ('problem' in result) return { problem: `should be ${CITE_CHOICES}` };
  const rule = CITE_RULES.find((known) => known === result.value);
  return rule ? { value: rule } : { problem: `should be ${CITE_CHOICES}, not "${result.value}"` };
};

type SlideKey = Exclude<keyof SlideSettings, 'attributes'>;

const SLIDE_CHECKS: { [K in SlideKey]-?: Check<NonNullable<SlideSettings[K]>> } = {
  id: text,
  section: text,
  tags: tagList,
  class: text,
  layout,
  background: text,
  transition,
  minutes: positiveNumber,
  cite: citeRule,
};

/** `2024-05-02` must be a real calendar date; any other wording ("May 2024") is kept as written. */
const dateOrWritten: Check<string> = (value) => {
  const result = text(value);
  if ('problem' in result) return result;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(result.value);
  if (!iso) return result;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? result
    : { problem: `is not a calendar date ("${result.value}"); write YYYY-MM-DD (e.g. 2024-05-02) or the date as the source gives it` };
};

const webAddress: Check<string> = (value) => {
  const result = text(value);
  if ('problem' in result) return result;
  let url: URL | undefined;
  try {
    url = new URL(result.value);
  } catch {
    url = undefined;
  }
  return url && (url.protocol === 'https:' || url.protocol === 'http:')
    ? result
    : { problem: `should be a web address starting with https:// ("${result.value}")` };
};

/** Headmatter keys as written in YAML (kebab-case); the DeckMeta field each sets is in META_FIELDS. */
type MetaKey =
  | 'title' | 'subtitle' | 'source' | 'article' | 'author' | 'date' | 'as-of' | 'banner' | 'theme' | 'lang'
  | 'briefer' | 'organisation' | 'source-author' | 'source-outlet' | 'source-published' | 'source-url';

const META_CHECKS: Record<MetaKey, Check<string>> = {
  title: text,
  subtitle: text,
  source: text,
  article: text,
  author: text,
  date: text,
  'as-of': text,
  banner: text,
  theme: text,
  lang: text,
  briefer: text,
  organisation: text,
  'source-author': text,
  'source-outlet': text,
  'source-published': dateOrWritten,
  'source-url': webAddress,
};

/** DeckMeta's text fields: the ones headmatter keys of this table set. */
type TextMetaField = { [F in keyof DeckMeta]-?: NonNullable<DeckMeta[F]> extends string ? F : never }[keyof DeckMeta];

/** The DeckMeta field each headmatter key sets (the printer reads it backwards). */
export const META_FIELDS: { [K in MetaKey]: TextMetaField } = {
  title: 'title',
  subtitle: 'subtitle',
  source: 'source',
  article: 'article',
  author: 'author',
  date: 'date',
  'as-of': 'asOf',
  banner: 'banner',
  theme: 'theme',
  lang: 'lang',
  briefer: 'briefer',
  organisation: 'organisation',
  'source-author': 'sourceAuthor',
  'source-outlet': 'sourceOutlet',
  'source-published': 'sourcePublished',
  'source-url': 'sourceUrl',
};

/** Source facts a deck may leave empty on purpose (`source-author:` with no value): "not stated in the source". */
const STATABLE_KEYS: ReadonlySet<MetaKey> = new Set(['source-author', 'source-outlet', 'source-published', 'source-url']);

export const SLIDE_SETTING_KEYS = Object.keys(SLIDE_CHECKS) as SlideKey[];
export const DECK_SETTING_KEYS = Object.keys(META_CHECKS) as MetaKey[];
/** Keys whose values are names or text, read from YAML as written (an id `007` stays "007"): all but minutes. */
export const TEXT_SETTING_KEYS: ReadonlySet<string> = new Set([...SLIDE_SETTING_KEYS.filter((key) => key !== 'minutes'), ...DECK_SETTING_KEYS]);

export interface SettingProblem {
  key: string;
  message: string;
  hint: string;
  severity: 'error' | 'warning';
}

export function emptySettings(): SlideSettings {
  return { tags: [], attributes: {} };
}

function isSlideKey(key: string): key is SlideKey {
  return Object.hasOwn(SLIDE_CHECKS, key);
}

function isMetaKey(key: string): key is MetaKey {
  return Object.hasOwn(META_CHECKS, key);
}

/** Applies one YAML mapping of slide settings; `allowDeckKeys` lets headmatter keys pass silently. */
export function readSlideSettings(
  data: Record<string, unknown>,
  into: SlideSettings,
  allowDeckKeys = false,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (isSlideKey(key)) {
      const result = SLIDE_CHECKS[key](raw);
      if ('problem' in result) {
        problems.push({ key, severity: 'error', message: `slide setting "${key}" ${result.problem}`, hint: `fix the value of "${key}"` });
      } else {
        (into as unknown as Record<string, unknown>)[key] = result.value;
      }
    } else if (!(allowDeckKeys && isMetaKey(key))) {
      problems.push({
        key,
        severity: 'warning',
        message: `unknown ${allowDeckKeys ? 'deck' : 'slide'} setting "${key}"`,
        hint: `use one of: ${(allowDeckKeys ? [...DECK_SETTING_KEYS, ...SLIDE_SETTING_KEYS] : SLIDE_SETTING_KEYS).join(', ')}`,
      });
    }
  }
  return problems;
}

/** Reads deck headmatter keys; slide keys are left for `readSlideSettings`. */
export function readDeckMeta(data: Record<string, unknown>, defaults: DeckMeta): { meta: DeckMeta; problems: SettingProblem[] } {
  const meta: DeckMeta = { ...defaults };
  const problems: SettingProblem[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (!isMetaKey(key)) continue;
    if (STATABLE_KEYS.has(key) && (raw === null || raw === '')) {
      (meta as unknown as Record<string, string>)[META_FIELDS[key]] = '';
      continue;
    }
    const result = META_CHECKS[key](raw);
    if ('problem' in result) {
      problems.push({ key, severity: 'error', message: `deck setting "${key}" ${result.problem}`, hint: `fix the value of "${key}"` });
    } else {
      meta[META_FIELDS[key]] = result.value;
    }
  }
  return { meta, problems };
}
