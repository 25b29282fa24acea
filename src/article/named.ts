// Every party the article names, from wink-nlp's proper-noun tags: runs like "International Atomic Energy Agency",
// "Board of Governors", "Laleh Farahani-Moss", counted and kept in order of first mention.

import type { Article, NamedParty } from '../model/article.js';
import { isMonthWord } from './dates.js';
import { tagText, type Token } from './nlp.js';
import { TITLE_PATTERN } from './persons.js';
import { demonymCandidates, isDemonym } from './states.js';

/** A title that opens a run ("Prime Minister Elena Marsh" names Elena Marsh; "Supreme Leader" names nobody). */
const LEADING_TITLE = new RegExp(String.raw`^(?:${TITLE_PATTERN})(?:\s+|$)`, 'u');

const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Heads of institution names that take "of": "Board of Governors", "Ministry of Finance" (not "Smith of Northland"). */
const OF_HEADS = /^(?:Board|Bank|Ministry|Department|Council|Court|Office|Union|Republic|University|Institute|Agency|Organi[sz]ation|Federation|League|Commission|Committee|Assembly|House|Chamber|Church|Party|School|College|Cent(?:re|er)|Fund|Bureau|Academy|Society|Association|Parliament|Kingdom|States|Secretary|Minister)$/;

function isNameToken(t: Token): boolean {
  return (t.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.text)) && /^\p{Lu}/u.test(t.text) && !isMonthWord(t.text) && !WEEKDAYS.test(t.text);
}

/** The proper-noun runs of a text, as written, each marked when it opens its sentence. */
export function nameRuns(text: string): { name: string; initial: boolean }[] {
  const out: { name: string; initial: boolean }[] = [];
  for (const sentence of tagText(text)) {
    const tokens = sentence.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (!isNameToken(tokens[i]!) || (i === 0 && tokens.length > 1 && !isNameToken(tokens[1]!) && tokens[0]!.pos !== 'PROPN')) {
        i++;
        continue;
      }
      let j = i;
      const joins = (k: number): boolean => {
        const next = tokens[k];
        const prev = tokens[k - 1]!;
        if (!next) return false;
        if (isNameToken(next)) return true;
        if (next.start === prev.start + prev.text.length && /^[\p{Ll}]+$/u.test(next.text)) return true; // "Mi" + "ło"
        const after = tokens[k + 1];
        if (next.text === '-' && after && after.start === next.start + 1 && /^\p{L}+$/u.test(after.text)) return true; // "Farahani-Moss", "Olund-ak"
        if (!after || !isNameToken(after)) return false;
        return (next.text === 'of' && OF_HEADS.test(prev.text)) || (next.text === 'for' && OF_HEADS.test(prev.text));
      };
      while (joins(j + 1)) j += tokens[j + 1]!.text === '-' || tokens[j + 1]!.text === 'of' || tokens[j + 1]!.text === 'for' ? 2 : 1;
      const first = tokens[i]!;
      const last = tokens[j]!;
      const written = text.slice(first.start, last.start + last.text.length).replace(/[’']s$/, '');
      // A run cut inside a title ("Supreme" of "Supreme Leader") or made of a title alone names nobody.
      const title = LEADING_TITLE.exec(text.slice(first.start))?.[0] ?? '';
      const name = title.trim().length >= written.length ? '' : written.slice(title.length).trim();
      if (name.length > 1) out.push({ name, initial: i === 0 || /^[“"‘(]$/.test(tokens[i - 1]!.text) });
      i = j + 1;
    }
  }
  return out;
}

/** Named parties of the article body, most mentioned first (ties in order of first mention). */
export function namedParties(article: Article): NamedParty[] {
  const byName = new Map<string, NamedParty>();
  const inside = new Set<string>();
  for (const p of article.paragraphs) {
    for (const { name, initial } of nameRuns(p.text)) {
      const entry = byName.get(name) ?? { name, paragraphIds: [] };
      // Paragraphs come in order: one already counted for this name is the last one on its list.
      if (entry.paragraphIds[entry.paragraphIds.length - 1] !== p.id) entry.paragraphIds.push(p.id);
      byName.set(name, entry);
      if (!initial) inside.add(name);
    }
  }
  // A single capitalised word seen only at sentence starts is an ordinary word ("Several", "Hardliners").
  const order = [...byName.values()].filter((party) => /\s/.test(party.name) || inside.has(party.name));
  // A surname alone joins the full name it ends ("Smith" -> "Jane Smith"); a demonym of a named state ("Iranian" beside "Iran") is an adjective.
  const full = order.filter((party) => /\s/.test(party.name));
  const merged: NamedParty[] = [];
  const ownerIds = new Map<NamedParty, Set<string>>();
  for (const party of order) {
    const adjective = !/\s/.test(party.name) && isDemonym(party.name) && [...demonymCandidates([party.name]), party.name.replace(/ians?$/, '')].some((c) => c !== party.name && byName.has(c));
    if (adjective) continue;
    const owner = /\s/.test(party.name) ? undefined : full.find((f) => f.name.endsWith(` ${party.name}`));
    if (owner) {
      const known = ownerIds.get(owner) ?? new Set(owner.paragraphIds);
      ownerIds.set(owner, known);
      for (const id of party.paragraphIds) {
        if (known.has(id)) continue;
        known.add(id);
        owner.paragraphIds.push(id);
      }
      continue;
    }
    merged.push(party);
  }
  return merged
    .map((party, index) => ({ party, index }))
    .sort((a, b) => b.party.paragraphIds.length - a.party.paragraphIds.length || a.index - b.index)
    .map((x) => x.party);
}
