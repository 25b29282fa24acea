// Briefing manifests (slides/briefings/<name>.yaml): the schema, read and validated with file:line diagnostics. Pure.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { DEFAULT_SLIDE_MINUTES } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { MAX_ALIAS_COUNT, readAsWritten, yamlErrorPosition } from '../parse/yaml-block.js';
import { parseSelector, type Selector } from './selection.js';
import { textMemo } from '../parse/text-memo.js';

export type { Selector } from './selection.js';

/** What a manifest entry can change about the slide it picks. */
export interface SlideOverrides {
  title?: string;
  /** false hides the slide's speaker notes in this briefing. */
  notes?: boolean;
  class?: string;
}

export interface BriefingEntry {
  selector: Selector;
  overrides: SlideOverrides;
  /** 1-based line of the entry in the manifest. */
  line: number;
}

export interface BriefingManifest {
  /** File name without `.yaml`: the briefing's page is /briefings/<name>/. */
  name: string;
  file: string;
  title: string;
  audience?: string;
  date?: string;
  /** Time budget in minutes. */
  minutes?: number;
  /** Minutes counted for a slide that sets none. */
  defaultMinutes: number;
  /** Generated cover and agenda slides (default on). */
  cover: boolean;
  agenda: boolean;
  /** false leaves out the deck's section dividers (`layout: section`): the agenda already shows the parts. */
  dividers?: false;
  entries: BriefingEntry[];
  /** Content hashes of slides when the briefing picked them (`briefdeck remix` writes them). */
  pins: Record<string, string>;
  /** Line of each pin, for messages. */
  pinLines: Record<string, number>;
}

export const MANIFEST_KEYS = ['title', 'audience', 'date', 'minutes', 'default-minutes', 'cover', 'agenda', 'dividers', 'slides', 'pins'] as const;
const ENTRY_KEYS = ['id', 'section', 'tag', 'range', 'number', 'markdown', 'file', 'deck', 'briefing', 'title', 'notes', 'class'];
const ENTRY_TEXT_KEYS: ReadonlySet<string> = new Set(ENTRY_KEYS.filter((key) => key !== 'notes'));

/** The manifest `text` of `file` (the briefing `name`), read and validated: the manifest, or diagnostics at its lines. */
export function readManifest(text: string, file: string, name: string): ManifestRead {
  return manifests(JSON.stringify([file, name, text]), () => readManifestText(text, file, name));
}

export interface ManifestRead {
  manifest?: BriefingManifest;
  diagnostics: Diagnostic[];
}

/** Each compile of a dev session reads every manifest again: one unchanged since is not parsed again. */
const manifests = textMemo<ManifestRead>();

function readManifestText(text: string, file: string, name: string): ManifestRead {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const problem = (line: number, message: string, hint: string, severity: Diagnostic['severity'] = 'error'): void => {
    diagnostics.push({ severity, code: 'briefing', file, line, column: 0, message, hint });
  };

  const [yamlError] = doc.errors;
  if (yamlError) {
    problem(yamlErrorPosition(text, yamlError, lineCounter).line, `invalid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, 'fix the YAML syntax; quote values that contain ": " or "#"');
    return { diagnostics };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    problem(1, 'a briefing manifest must be a set of "key: value" lines', 'start from: title: …, minutes: 5, slides: [ids or selectors]');
    return { diagnostics };
  }
  readTextAsWritten(root);
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(MANIFEST_KEYS as readonly string[]).includes(key)) {
      problem(lineOf(pair.key as Node), `unknown manifest key "${key}"`, `use one of: ${MANIFEST_KEYS.join(', ')}`, 'warning');
    }
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch {
    problem(1, 'the manifest repeats anchors (&name / *name) so often that it would grow without bound', 'write the slides out instead of repeating anchors');
    return { diagnostics };
  }
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : undefined;
  if (!title) problem(1, 'the briefing has no title', 'add a line such as: title: Principal’s brief');
  const minutes = optionalNumber(data.minutes, 'minutes', lineOf(root.get('minutes', true) as Node), problem);
  const defaultMinutes = optionalNumber(data['default-minutes'], 'default-minutes', lineOf(root.get('default-minutes', true) as Node), problem) ?? DEFAULT_SLIDE_MINUTES;

  const slidesNode = root.get('slides', true) as Node | undefined;
  const entries: BriefingEntry[] = [];
  if (!isSeq(slidesNode) || slidesNode.items.length === 0) {
    problem(lineOf(slidesNode), 'the briefing picks no slides', 'add a list under slides:, e.g. "- title", "- section:firsts", "- tag:principal"');
  } else {
    for (const item of slidesNode.items) {
      const entry = readEntry(item as Node, lineOf(item as Node), problem);
      if (entry) entries.push(entry);
    }
  }

  const pins: Record<string, string> = {};
  const pinLines: Record<string, number> = {};
  const pinsNode = root.get('pins', true) as Node | undefined;
  if (pinsNode !== undefined) {
    if (!isMap(pinsNode)) problem(lineOf(pinsNode), 'pins must map slide ids to content hashes', 'let `briefdeck remix` write them, or remove the pins: block');
    else {
      for (const pair of pinsNode.items) {
        if (isScalar(pair.key) && isScalar(pair.value)) {
          pins[String(pair.key.value)] = String(pair.value.value);
          pinLines[String(pair.key.value)] = lineOf(pair.key as Node);
        }
      }
    }
  }
  if (diagnostics.some((d) => d.severity === 'error') || !title) return { diagnostics };
  return {
    manifest: {
      name, file, title,
      ...(typeof data.audience === 'string' ? { audience: data.audience } : {}),
      ...(data.date !== undefined ? { date: String(data.date) } : {}),
      ...(minutes !== undefined ? { minutes } : {}),
      defaultMinutes,
      cover: data.cover !== false,
      agenda: data.agenda !== false,
      ...(data.dividers === false ? { dividers: false as const } : {}),
      entries, pins, pinLines,
    },
    diagnostics,
  };
}

/** Titles, ids, sections, tags and paths are read as written: `title: 2e3` is "2e3", `- 007` is the id "007". */
function readTextAsWritten(root: YAMLMap): void {
  for (const key of ['title', 'audience', 'date']) readAsWritten(root.get(key, true) as Node | undefined);
  const slides = root.get('slides', true);
  if (isSeq(slides)) {
    for (const item of slides.items) {
      if (!isMap(item)) {
        readAsWritten(item as Node);
        continue;
      }
      for (const pair of item.items) {
        if (isScalar(pair.key) && ENTRY_TEXT_KEYS.has(String(pair.key.value))) readAsWritten(pair.value as Node);
      }
    }
  }
  const pins = root.get('pins', true);
  if (isMap(pins)) for (const pair of pins.items) readAsWritten(pair.key as Node);
}

type Problem = (line: number, message: string, hint: string, severity?: Diagnostic['severity']) => void;

function optionalNumber(value: unknown, key: string, line: number, problem: Problem): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && value > 0) return value;
  problem(line, `${key} should be a positive number of minutes`, `e.g. ${key}: 5`);
  return undefined;
}

function readEntry(node: Node, line: number, problem: Problem): BriefingEntry | undefined {
  const hint = 'write a slide id, section:NAME, tag:NAME, FROM..TO, number:3-5, * — or a map with id/section/tag/range/number/markdown/file/deck/briefing';
  if (isScalar(node)) {
    const selector = parseSelector(String(node.value), 'ids');
    if ('problem' in selector) {
      problem(line, selector.problem, hint);
      return undefined;
    }
    return { selector, overrides: {}, line };
  }
  if (!isMap(node)) {
    problem(line, 'a slides entry must be a selector or a map', hint);
    return undefined;
  }
  const data = node.toJSON() as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!ENTRY_KEYS.includes(key)) problem(line, `unknown key "${key}" in a slides entry`, `use: ${ENTRY_KEYS.join(', ')}`, 'warning');
  }
  const text = (key: string): string | undefined => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]).trim() : undefined);
  const overrides: SlideOverrides = {
    ...(text('title') !== undefined ? { title: text('title')! } : {}),
    ...(typeof data.notes === 'boolean' ? { notes: data.notes } : {}),
    ...(text('class') !== undefined ? { class: text('class')! } : {}),
  };
  let selector: Selector | undefined;
  const deck = text('deck');
  if (deck !== undefined) {
    const id = text('id');
    if (id === undefined) {
      problem(line, 'a slide from another deck needs its id', 'write: { deck: ../other-deck, id: slide-id }');
      return undefined;
    }
    selector = { kind: 'deck', deck, id };
  } else if (text('id') !== undefined) selector = { kind: 'id', id: text('id')! };
  else if (text('section') !== undefined) selector = { kind: 'section', section: text('section')! };
  else if (text('tag') !== undefined) selector = { kind: 'tag', tag: text('tag')! };
  else if (text('briefing') !== undefined) selector = { kind: 'briefing', briefing: text('briefing')! };
  else if (typeof data.markdown === 'string') selector = { kind: 'markdown', markdown: data.markdown };
  else if (text('file') !== undefined) selector = { kind: 'file', path: text('file')! };
  else if (text('number') !== undefined) {
    const parsed = parseSelector(`number:${text('number')!}`, 'ids');
    if ('problem' in parsed) {
      problem(line, parsed.problem, 'e.g. number: 3-5 (slides 3 to 5 of the deck)');
      return undefined;
    }
    selector = parsed;
  } else if (text('range') !== undefined) {
    const parsed = parseSelector(text('range')!, 'ids');
    if ('problem' in parsed || parsed.kind !== 'range') {
      problem(line, `range "${text('range')}" should look like first-id..last-id`, 'e.g. range: firsts..recommendations');
      return undefined;
    }
    selector = parsed;
  }
  if (!selector) {
    problem(line, 'this slides entry selects nothing', hint);
    return undefined;
  }
  return { selector, overrides, line };
}
