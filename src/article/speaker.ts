// Who states a sentence: "According to X", "As X notes", "X said", "officials say", a quotation with a reporting verb — else the author.

import type { Speaker } from '../model/article.js';

const REPORTING =
  'said|says|say|notes?|noted|asked|asks|argues?|argued|told|tells|reported|reports|wrote|writes|warned|warns|cautioned|insisted|insists|added|adds|explained|explains|claimed|claims|announced|announces|stated|states|believes?|believed|contends?|contended|suggested|suggests|acknowledged|acknowledges|conceded|concedes|predicted|predicts|observed|observes';

const NAME = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov)\.\s)?(?:\p{Lu}[\p{L}’'.-]*(?:\s+|$)){1,5}`;

/** Group nouns that speak collectively: "officials", "analysts", "diplomats say". */
const GROUPS = String.raw`(?:[Oo]fficials|[Aa]nalysts|[Dd]iplomats|[Nn]egotiators|[Ee]xperts|[Oo]bservers|[Cc]ritics|[Ss]ources|[Aa]ides|people familiar with [\p{L} ]+|[Tt]he (?:government|ministry|administration|White House|Kremlin|State Department))`;

const ACCORDING = new RegExp(String.raw`\b(?:[Aa]ccording to|[Pp]er)\s+((?:the\s+)?[^,;.]{2,80}?)(?=,|;|\s+(?:who|which)\b|$)`, 'u');
const AS_NOTES = new RegExp(String.raw`\b[Aa]s\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,5})(?:,[^,“”"]{2,80}?,?)?\s+(?:\p{Ll}+ly\s+)?(?:${REPORTING})\b`, 'u');
const SUBJECT_SAID = new RegExp(String.raw`^(?:[\p{L}’'-]+,\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}${NAME}|${GROUPS}\s)\s*(?:\p{Ll}+ly\s+)?(?:${REPORTING})\b`, 'u');
const SAID_SUBJECT = new RegExp(String.raw`[,”"]\s*(?:${REPORTING})\s+((?:the\s+)?${NAME}|${GROUPS})`, 'u');
const GROUP_SUBJECT = new RegExp(String.raw`\b((?:\p{Lu}[\p{L}.-]*\s+){0,3}${GROUPS})\s+(?:have\s+|had\s+)?(?:${REPORTING})\b`, 'u');
const FIRST_PERSON = /\b(?:I|I’m|I'm|I’ve|my)\b/;

const isGroup = (name: string): boolean => new RegExp(`${GROUPS}$`, 'u').test(name.trim());

function speaker(name: string, cue: string): Speaker {
  const clean = name.trim().replace(/[,.\s]+$/, '');
  return { kind: isGroup(clean) ? 'group' : 'person', name: clean, cue };
}

/** The speaker of a sentence; the author when no attribution is written. */
export function speakerOf(sentence: string): Speaker {
  const according = ACCORDING.exec(sentence);
  if (according) return { kind: 'source', name: according[1]!.trim(), cue: according[0].split(/\s+/).slice(0, 2).join(' ') };
  const as = AS_NOTES.exec(sentence);
  if (as && !FIRST_PERSON.test(as[1]!)) return speaker(as[1]!, as[0].trim().split(/\s+/).pop()!);
  if (FIRST_PERSON.test(sentence.slice(0, 40))) return { kind: 'author' };
  const said = SUBJECT_SAID.exec(sentence);
  if (said && !/^(?:I|We|It|This|That|There|He|She|They)\b/.test(said[1]!.trim())) return speaker(said[1]!, said[0].trim().split(/\s+/).pop()!);
  const after = SAID_SUBJECT.exec(sentence);
  if (after && /[“”"]/.test(sentence)) return speaker(after[1]!, after[0].trim().split(/\s+/)[1] ?? 'said');
  const group = GROUP_SUBJECT.exec(sentence);
  if (group) return speaker(group[1]!, group[0].trim().split(/\s+/).pop()!);
  return { kind: 'author' };
}
