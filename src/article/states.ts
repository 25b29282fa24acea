// States (countries and the capitals that stand for their governments), found from how the text uses a name.

import { runHeadKind, STATE_PREFIXES, type Run } from './names.js';

/** Nouns that follow a state's possessive: "Koval’s demands", "Miren’s interests". */
const STATE_NOUNS =
  /^(?:\p{Ll}+\s+)?(?:leaders?|leadership|president|government|regime|constitution|military|army|nuclear|missiles?|weapons|arsenal|side|interests?|terms|demands|perspective|position|diplomatic|diplomacy|foreign|allies|ally|alliance|borders?|territory|economy|economic|people|capital|sovereignty|security|troops|relationships?|relations|neighbou?rs|parliament|ministry|officials|envoys?|delegation|negotiators|polic(?:y|ies)|exports|imports|currency|population|citizens|elections?|budget|behalf|intentions|stance|offer|overture|nukes)\b/u;

/** Words before a name that make it a state: "ambassador to X", "allies … such as X", "sanctions on X". */
const STATE_CONTEXT_BEFORE = [
  /\b(?:ambassadors?|embass(?:y|ies)|envoys?|consulate) (?:to|in|from) $/i,
  /\bsanctions (?:on|against) $/i,
  /\b(?:allies|countries|states|nations|partners|powers|neighbou?rs|governments)\b[^.;]{0,50}?,? such as $/i,
  /\b(?:invaded|invade|invading|annexed|occupied) $/i,
  /\b(?:officials|diplomats|authorities|negotiators|ministers|policymakers) (?:in|from) $/i,
];

/** A demonym used as an adjective or for the people: "Ardenian", "Ardenians", "Asian", "Maltese". */
export function isDemonym(word: string): boolean {
  return /(?:ans?|ians?|ese|ish)$/.test(word);
}

/** Names a demonym could stand for: "North Ardenian" -> "North Ardenia". */
export function demonymCandidates(words: readonly string[]): string[] {
  const last = words[words.length - 1] ?? '';
  const stem = words.slice(0, -1).join(' ');
  const join = (w: string): string => (stem ? `${stem} ${w}` : w);
  const out: string[] = [];
  const singular = last.replace(/s$/, '');
  if (/ian$/.test(singular)) out.push(join(singular.replace(/ian$/, 'ia')), join(singular.replace(/ian$/, '')));
  if (/an$/.test(singular)) out.push(join(singular.replace(/an$/, 'a')), join(singular.replace(/an$/, '')));
  if (/ese$/.test(singular)) out.push(join(singular.replace(/ese$/, '')), join(singular.replace(/ese$/, 'a')));
  if (/ish$/.test(singular)) out.push(join(singular.replace(/ish$/, '')), join(singular.replace(/ish$/, 'land')));
  return out;
}

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

export interface StateResult {
  /** State name -> other spellings (acronyms). */
  states: Map<string, Set<string>>;
  /** Demonym as written ("South Ardenian") -> state name. */
  demonyms: Map<string, string>;
}

/**
 * States in texts, given each text's capitalised runs. `blocked` rejects names already known
 * as people or institutions; `seeds` are names already known to be states (a leader's "of X").
 */
export function findStates(
  texts: readonly string[],
  runs: readonly Run[][],
  blocked: (name: string) => boolean,
  seeds: readonly string[] = [],
): StateResult {
  // A word that another word of the text is the demonym of is a state's name, whatever its ending ("Tarvan" beside "Tarvanese", "Miran" beside "Miranian").
  const stems = new Set(runs.flatMap((list) => list.flatMap((r) => (isDemonym(r.words[r.words.length - 1]!) ? demonymCandidates(r.words) : []))));
  const demonymWord = (word: string): boolean => isDemonym(word) && !stems.has(word);
  const found = new Set<string>(seeds.filter((s) => !blocked(s) && runHeadKind(s.split(/\s+/)) === undefined && !demonymWord(s.split(/\s+/).pop() ?? '')));
  const ok = (r: Run): boolean => !blocked(r.text) && runHeadKind(r.words) === undefined && r.words.length <= 4;
  const adjectival = (text: string, r: Run): boolean => demonymWord(r.words[r.words.length - 1]!) && /^\s+\p{Ll}/u.test(text.slice(r.end));
  texts.forEach((text, t) => {
    for (const r of runs[t]!) {
      if (!ok(r)) continue;
      const acronym = /^(?:\p{Lu}\.){2,}$/u.test(r.text);
      const prefixed = r.words.length >= 2 && STATE_PREFIXES.has(r.words[0]!) && !adjectival(text, r) && !demonymWord(r.words[r.words.length - 1]!);
      const possessive = r.possessive && STATE_NOUNS.test(text.slice(r.end + 2).trimStart());
      const before = text.slice(Math.max(0, r.start - 80), r.start);
      const context = STATE_CONTEXT_BEFORE.some((re) => re.test(before));
      if (acronym || prefixed || context || (possessive && !demonymWord(r.words[r.words.length - 1]!))) found.add(r.text);
    }
  });
  // Neighbours of known states: "U.S.-ROA", "Miren or Koval".
  for (let pass = 0; pass < 3; pass++) {
    let added = false;
    texts.forEach((text, t) => {
      const list = runs[t]!;
      for (let i = 0; i + 1 < list.length; i++) {
        const [a, b] = [list[i]!, list[i + 1]!];
        const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
        if (!/^(?:-| (?:or|and) (?:the )?)$/.test(gap)) continue;
        for (const [known, other] of [[a, b], [b, a]] as const) {
          if (found.has(known.text) && !found.has(other.text) && ok(other) && !adjectival(text, other) && !demonymWord(other.words[other.words.length - 1]!)) {
            found.add(other.text);
            added = true;
          }
        }
      }
    });
    if (!added) break;
  }
  const states = new Map<string, Set<string>>();
  for (const name of found) if (!/^(?:\p{Lu}\.){2,}$/u.test(name)) states.set(name, new Set());
  for (const name of found) {
    if (!/^(?:\p{Lu}\.){2,}$/u.test(name)) continue;
    const letters = name.replace(/\./g, '');
    const long = [...states.keys()].find((s) => s.includes(' ') && initials(s) === letters);
    if (long) states.get(long)!.add(name);
    else states.set(name, new Set());
  }
  for (const name of [...states.keys()]) {
    if (!/^\p{Lu}{2,}$/u.test(name)) continue;
    const long = [...states.keys()].find((s) => s.includes(' ') && initials(s) === name);
    if (long) {
      states.get(long)!.add(name);
      states.delete(name);
    }
  }
  const demonyms = new Map<string, string>();
  texts.forEach((_, t) => {
    for (const r of runs[t]!) {
      if (!demonymWord(r.words[r.words.length - 1]!)) continue;
      const state = demonymCandidates(r.words).find((c) => states.has(c));
      if (state) demonyms.set(r.text, state);
    }
  });
  for (const [name, aliases] of states) for (const a of aliases) demonyms.set(a, name);
  return { states, demonyms };
}
