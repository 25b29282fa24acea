// Finds actor mentions in a text: every known spelling of every actor, longest first, whole words only.

import type { ActorKind } from '../model/article.js';
import { TITLE_PATTERN } from './persons.js';
import { escapeRegExp } from './text.js';

export interface Mention {
  actor: string;
  /** The name as written ("Olund", "U.S."). */
  form: string;
  kind: ActorKind;
  start: number;
  end: number;
}

/** One spelling of an actor. */
export interface MentionEntry {
  form: string;
  actor: string;
  kind: ActorKind;
}

/** Actor mentions in a text, in order; a person's span includes the title before the name (spans may overlap). */
export type FindMentions = (text: string) => Mention[];

const TITLE_BEFORE = new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}\p{M}.-]*\s){0,2}\p{Lu}[\p{L}\p{M}.-]*?(?:['’]s)?\s)?(?:${TITLE_PATTERN})\s$`, 'u');

/** Builds the scanner over actor spellings. */
export function mentionFinder(entries: readonly MentionEntry[]): FindMentions {
  const sorted = [...entries].sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map(sorted.map((e) => [e.form, e]));
  if (sorted.length === 0) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{M}.])(?:${sorted.map((e) => escapeRegExp(e.form)).join('|')})(?![\\p{L}\\p{M}]|\\.\\p{L})`, 'gu');
  return (text) => {
    const found: Mention[] = [];
    for (const m of text.matchAll(re)) {
      const e = byForm.get(m[0]);
      if (!e) continue;
      let start = m.index ?? 0;
      if (e.kind === 'person') {
        const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
        if (title) start -= title[0].length;
      }
      found.push({ actor: e.actor, form: m[0], kind: e.kind, start, end: (m.index ?? 0) + m[0].length });
    }
    return found;
  };
}
