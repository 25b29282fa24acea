// The gold checklist of one corpus article: its YAML shape, read and validated into typed data.

import { parseYamlBlock } from '../../src/parse/yaml-block.js';

/** The briefing sections a gold checklist scores (CONTRACTS item 3), in deck order. */
export const SCORED_SECTIONS = ['bottom-line', 'firsts', 'skepticism', 'open-questions', 'recommendations', 'what-to-watch'] as const;
export type ScoredSection = (typeof SCORED_SECTIONS)[number];

/** Where a must-not check looks: one section, the actors slides, every bullet of the scored sections, or all visible text. */
export type Scope = ScoredSection | 'actors' | 'bullets' | 'slides';
const SCOPES: readonly string[] = [...SCORED_SECTIONS, 'actors', 'bullets', 'slides'];

/** Groups of alternative key terms: every group must match (one of its alternatives) inside one bullet. */
export type TermGroups = string[][];

export interface GoldPoint {
  name: string;
  all: TermGroups;
  /** The point may be carried by any visible unit of the section's slides (title, lead-in), not only a bullet. */
  inSlides: boolean;
}

export interface GoldSection {
  points: GoldPoint[];
  /** The article does not support the section: the deck must say so on a slide and list nothing there. */
  expectEmpty: boolean;
}

export interface MustNot {
  name: string;
  in: Scope;
  /** A literal string (case-insensitive) that must not occur in the scope's text. */
  text?: string;
  /** Term groups that must not all match inside one unit of the scope. */
  all?: TermGroups;
  /** A unit matching `all` is excused when it also contains one of these terms (e.g. a kept hedge). */
  unlessAny: string[];
}

export interface Gold {
  shape: string[];
  /** The article's publication date as the checklist's author reads it, or null when it states none. */
  published: string | null;
  sections: Partial<Record<ScoredSection, GoldSection>>;
  actors: GoldPoint[];
  mustNot: MustNot[];
}

export type GoldResult = { ok: true; gold: Gold } | { ok: false; message: string };

type Raw = Record<string, unknown>;

class GoldError extends Error {}

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function termGroups(value: unknown, where: string): TermGroups {
  if (!Array.isArray(value) || value.length === 0) throw new GoldError(`${where}: "all" must be a non-empty list of term groups, e.g. [[ceasefire, truce], [collapsed]]`);
  return value.map((group, i) => {
    if (!Array.isArray(group) || group.length === 0) throw new GoldError(`${where}: term group ${i + 1} must be a non-empty list of alternatives`);
    return group.map((term) => {
      if (typeof term !== 'string' && typeof term !== 'number') throw new GoldError(`${where}: term group ${i + 1} holds a ${typeof term}; write terms as strings`);
      return String(term);
    });
  });
}

function point(value: unknown, where: string): GoldPoint {
  if (!isRecord(value) || typeof value.name !== 'string') throw new GoldError(`${where}: a point needs a name and "all" term groups`);
  return { name: value.name, all: termGroups(value.all, `${where} "${value.name}"`), inSlides: value['in-slides'] === true };
}

function points(value: unknown, where: string): GoldPoint[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new GoldError(`${where}: "points" must be a list`);
  return value.map((p, i) => point(p, `${where} point ${i + 1}`));
}

function section(value: unknown, name: string): GoldSection {
  if (!isRecord(value)) throw new GoldError(`sections.${name}: expected "points:" or "expect-empty: true"`);
  const expectEmpty = value['expect-empty'] === true;
  const list = points(value.points, `sections.${name}`);
  if (expectEmpty && list.length > 0) throw new GoldError(`sections.${name}: a section cannot both expect-empty and list points`);
  if (!expectEmpty && list.length === 0) throw new GoldError(`sections.${name}: list at least one point, or say expect-empty: true`);
  return { points: list, expectEmpty };
}

function mustNot(value: unknown, index: number): MustNot {
  const where = `must-not-appear entry ${index + 1}`;
  if (!isRecord(value)) throw new GoldError(`${where}: expected "text:" or "name:" with "all:"`);
  const scope = value.in ?? 'slides';
  if (typeof scope !== 'string' || !SCOPES.includes(scope)) throw new GoldError(`${where}: "in" must be one of ${SCOPES.join(', ')}`);
  const unlessAny = value['unless-any'] === undefined ? [] : termGroups([value['unless-any']], where)[0]!;
  if (typeof value.text === 'string') return { name: value.text, in: scope as Scope, text: value.text, unlessAny };
  if (typeof value.name !== 'string') throw new GoldError(`${where}: give either text: "…" or a name with "all" term groups`);
  return { name: value.name, in: scope as Scope, all: termGroups(value.all, `${where} "${value.name}"`), unlessAny };
}

/** Reads a gold.yaml text; problems come back as one message naming what to fix. */
export function parseGold(source: string): GoldResult {
  const parsed = parseYamlBlock(source, 1);
  if (!parsed.ok) return { ok: false, message: `line ${parsed.line}: ${parsed.message}` };
  const data = parsed.data;
  try {
    const known = new Set(['shape', 'published', 'sections', 'actors', 'must-not-appear']);
    const unknown = Object.keys(data).filter((k) => !known.has(k));
    if (unknown.length > 0) throw new GoldError(`unknown key "${unknown[0]}"; known keys: ${[...known].join(', ')}`);
    const shape = Array.isArray(data.shape) ? data.shape.map(String) : [];
    const published = data.published === null || data.published === undefined ? null : String(data.published);
    if (!isRecord(data.sections)) throw new GoldError('"sections" must map section names to their points');
    const sections: Partial<Record<ScoredSection, GoldSection>> = {};
    for (const [name, value] of Object.entries(data.sections)) {
      if (!(SCORED_SECTIONS as readonly string[]).includes(name)) throw new GoldError(`sections: unknown section "${name}"; use ${SCORED_SECTIONS.join(', ')}`);
      sections[name as ScoredSection] = section(value, name);
    }
    const actors = isRecord(data.actors) ? points(data.actors.points, 'actors') : [];
    const list = data['must-not-appear'];
    if (list !== undefined && !Array.isArray(list)) throw new GoldError('"must-not-appear" must be a list');
    return { ok: true, gold: { shape, published, sections, actors, mustNot: (list ?? []).map(mustNot) } };
  } catch (error) {
    if (error instanceof GoldError) return { ok: false, message: error.message };
    throw error;
  }
}
