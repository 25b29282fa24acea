// People named with a title, a role or a source: "<Title> <Name>", "<Name>, the <role> of <Org>", "<Name> (<description>)".

import { escapeRegExp } from './text.js';

/** Titles written before a name, longest first when compiled. */
export const TITLES: readonly string[] = [
  'Vice President', 'President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister',
  'Defense Minister', 'Defence Minister', 'Finance Minister', 'Trade Minister', 'Interior Minister', 'Minister',
  'Secretary of State', 'Secretary of Defense', 'Secretary-General', 'Secretary General', 'Deputy Secretary',
  'Assistant Secretary', 'Under Secretary', 'Foreign Secretary', 'Home Secretary', 'Secretary',
  'National Security Advisor', 'National Security Adviser', 'Security Advisor', 'Senior Advisor', 'Advisor', 'Adviser',
  'Senator', 'Sen.', 'Representative', 'Rep.', 'Ambassador', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.',
  'Admiral', 'Adm.', 'Chairman', 'Chairwoman', 'Chair', 'Director-General', 'Director', 'Commissioner', 'Chancellor',
  'Premier', 'Speaker', 'Special Envoy', 'Envoy', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Professor', 'Prof.', 'King', 'Queen',
  'Prince', 'Princess', 'Judge', 'Justice', 'Colonel', 'Col.', 'Captain', 'Lieutenant', 'Chief Executive', 'CEO',
  'Spokesperson', 'Spokesman', 'Spokeswoman', 'Supreme Leader', 'Leader', 'leader', 'Chief of Staff', 'Attorney General',
  'Deputy Director', 'Governor-General', 'Chief Negotiator', 'chief negotiator', 'Negotiator',
];

export const TITLE_PATTERN = [...TITLES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** One word of a personal name: "Olund", "Ji-won", "Haddad-Lowe", "MacLeod", "O’Brien", an initial "H." or "H.R.". */
export const NAME_TOKEN = String.raw`(?:(?:\p{Lu}\.){1,3}|\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]*)?)`;
/** A full name: two to four name words. */
export const FULL_NAME = String.raw`${NAME_TOKEN}(?: ${NAME_TOKEN}){1,3}`;
const AFTER_NAME = String.raw`(?![\p{L}\p{M}])`;

/** An organisation's name: capitalised words with of/and/for between them. */
export const ORG = String.raw`\p{Lu}[\p{L}\p{M}.-]*(?:['’]s(?= \p{Lu}))?(?:\s+(?:(?:of|and|for|on)(?:\s+the)?\s+)?\p{Lu}[\p{L}\p{M}.-]*(?:['’]s(?= \p{Lu}))?)*`;

export interface PersonFact {
  name: string;
  /** Which pattern found it: `title`, `appositive`, `description`, `org-possessive`, `reporting`, `office` (lower-case office before the name), `leads` (a delegation). */
  pattern: string;
  role?: string;
  /** A title's or description's affiliation as written: `Talvara` (… of Talvara), `Lindqvist Institute`. */
  affiliation?: string;
  /** Capitalised words right before a title: a state (`South Ardenian`, `U.S.`) or part of the title (`Fisheries`). */
  beforeTitle?: string;
  /** Start offset of the whole match (title included) and of the name. */
  start: number;
  nameStart: number;
}

/** A title's affiliation: an organisation name that stops before "and <Title> <Name>" (the next titled person). */
const AFFILIATION = ORG.replace(String.raw`(?:of|and|for|on)(?:\s+the)?\s+)?`, String.raw`(?:of|and|for|on)(?:\s+the)?\s+(?!(?:${TITLE_PATTERN}) ))?`);
const TITLED = new RegExp(String.raw`(?<![\p{L}.])(${TITLE_PATTERN}) (${NAME_TOKEN}(?: ${NAME_TOKEN}){0,3})${AFTER_NAME}(?: of (?:the )?(${AFFILIATION}))?`, 'gu');
const BEFORE_TITLE = /((?:\p{Lu}[\p{L}\p{M}.-]*\s){0,2}\p{Lu}[\p{L}\p{M}.-]*?)(?:['’]s)?\s$/u;
const APPOSITIVE = new RegExp(String.raw`(?<![\p{L}\p{M}])(${FULL_NAME}), (?:the|a|an) ([^,;()“”"]{3,100}?)(?=,|;|\.(?:\s|$)| said\b| says\b| told\b| argued\b| noted\b| wrote\b| warned\b)`, 'gu');
const DESCRIBED = new RegExp(String.raw`(?<![\p{L}\p{M}])(${FULL_NAME}) \((\p{Ll}[^()]{3,240})\)`, 'gu');
const ORG_POSSESSIVE = new RegExp(String.raw`(?<![\p{L}\p{M}])((?:The )?${ORG})['’]s (${FULL_NAME})${AFTER_NAME}`, 'gu');
const REPORTING_VERBS = 'said|says|asked|asks|noted|notes|argued|argues|wrote|writes|put it|observed|observes|warned|warns|explained|explains|told|insisted|insists|added|adds|cautioned';
const REPORTING = new RegExp(
  String.raw`(?:\b(?:[Aa]s|[Aa]ccording to) |(?:^|[,;:] ))(${FULL_NAME})(?:, [^,]{1,100}?,?)? (?:\p{Ll}+ly )?(?:${REPORTING_VERBS})\b`,
  'gu',
);

/** Head nouns of an office written in lower case before a name: "US president", "Tarvan’s economy minister", "the chief negotiator". */
export const OFFICE_NOUNS = 'president|minister|secretary|envoy|ambassador|negotiator|representative|spokesperson|spokesman|spokeswoman|chancellor|adviser|advisor|director|governor|senator|commissioner|mediator|premier|chief';
/** A name with an optional "of <Place>": one item of a list of office holders. */
const NAME_OF = String.raw`(${FULL_NAME})(?![\p{L}\p{M}])(?: of (?:the )?(\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*){0,2}))?`;
/** "<State>’s <office>, <Name>" or "the <office> <Name>": the office in lower case, the state or organisation before it. */
const OFFICE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}.]*\s){0,2}\p{Lu}[\p{L}\p{M}.]*?)(?:['’]s)?|\b[Tt]he(?: (?:two|three|four|both))?) ((?:\p{Ll}[\p{Ll}-]*\s){0,2}(?:${OFFICE_NOUNS}))(s?),? (?=\p{Lu})`,
  'gu',
);
const LIST_ITEM = new RegExp(String.raw`^${NAME_OF}`, 'u');
/** "<Name> led the <Demonym> delegation": the delegation names the person's state. */
const LEADS = new RegExp(String.raw`(?<![\p{L}\p{M}])((?:${NAME_TOKEN} ){0,3}${NAME_TOKEN}) (?:led|leads|heads|headed|is leading|was leading) (?:the|a) (\p{Lu}[\p{L}\p{M}.-]*(?: \p{Lu}[\p{L}\p{M}.-]*)?) (?:delegation|team|side|mission|negotiators|negotiating team|one)\b`, 'gu');
const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.split(/\s+/)));

/** Office holders named after a lower-case office: one name, or a list ("the two foreign ministers, A of X and B of Y"). */
function officeHolders(text: string): PersonFact[] {
  const facts: PersonFact[] = [];
  for (const m of text.matchAll(OFFICE_BEFORE)) {
    const role = m[2]!;
    const plural = m[3] === 's';
    // "European and British diplomatic chiefs A and B": which affiliation is whose is not said, so neither is given.
    const shared = plural && /\p{Lu}[\p{L}\p{M}.]* and $/u.test(text.slice(0, m.index ?? 0)) ? undefined : m[1];
    let at = (m.index ?? 0) + m[0].length;
    for (;;) {
      const item = LIST_ITEM.exec(text.slice(at));
      if (!item) break;
      const affiliation = item[2] ?? shared;
      facts.push({ name: stripPossessive(item[1]!), pattern: 'office', role: plural ? role.replace(/s?$/, '') : role, ...(affiliation ? { affiliation } : {}), start: m.index ?? 0, nameStart: at });
      at += item[0].length;
      const next = plural ? /^(?:,\s*(?:and\s+)?|\s+and\s+)(?=\p{Lu})/u.exec(text.slice(at)) : null;
      if (!next) break;
      at += next[0].length;
    }
  }
  return facts;
}

/** People who lead a delegation named by its state ("Okafor led the American delegation"); titles before the name dropped. */
function delegationLeaders(text: string): PersonFact[] {
  const facts: PersonFact[] = [];
  for (const m of text.matchAll(LEADS)) {
    const words = m[1]!.split(' ');
    while (words.length > 1 && TITLE_WORD_SET.has(words[0]!)) words.shift();
    const name = words.join(' ');
    const nameStart = (m.index ?? 0) + m[1]!.length - name.length;
    facts.push({ name, pattern: 'leads', affiliation: m[2]!, start: nameStart, nameStart });
  }
  return facts;
}

/** Splits "X of the Y" into a role and the organisation it names (`water scholar` at `Lindqvist Institute`). */
export function roleAndOrg(text: string): { role: string; org?: string } {
  const trimmed = text.trim().replace(/^(?:the|a|an)\s+/, '');
  const possessive = new RegExp(String.raw`^(${ORG})['’]s (.+)$`, 'u').exec(trimmed);
  if (possessive) return { role: possessive[2]!.trim(), org: possessive[1]! };
  const at = new RegExp(String.raw`^(.*?\p{Ll}.*?) (?:at|of|with|for|from|in) (?:the )?(${ORG})$`, 'u').exec(trimmed);
  if (at && /\p{Ll}/u.test(at[1]!)) return { role: at[1]!.trim(), org: at[2]! };
  return { role: trimmed };
}

/** The first organisation named in a description (`director of the … Party of …`). */
function orgIn(text: string, isInstitution: (org: string) => boolean): string | undefined {
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:of|at|with|for|from|in) (?:the )?(${ORG})`, 'gu'))) {
    if (isInstitution(m[1]!)) return m[1]!;
  }
  return undefined;
}

/** Words before a name that make it a thing or a place, not a person: "the United States", "in Port X". */
const PLACE_BEFORE = /\b(?:the|The|in|at|near|from|into|across|outside|inside|around|through|towards?)\s$/;

/** Honorifics are not roles. */
export const HONORIFICS: ReadonlySet<string> = new Set(['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.']);

const stripPossessive = (name: string): string => name.replace(/['’]s$/, '');

/**
 * People found by pattern in one text. `isInstitution` says whether an organisation name has an
 * institution's head word, so a description's affiliation can be picked.
 */
export function findPersons(text: string, isInstitution: (org: string) => boolean): PersonFact[] {
  const facts: PersonFact[] = [];
  for (const m of text.matchAll(TITLED)) {
    const start = m.index ?? 0;
    const before = BEFORE_TITLE.exec(text.slice(Math.max(0, start - 60), start));
    const of = m[3]?.replace(/[.,]$/, '');
    facts.push({
      name: stripPossessive(m[2]!),
      pattern: 'title',
      role: m[1]!,
      ...(of ? { affiliation: of } : {}),
      ...(before?.[1] ? { beforeTitle: before[1] } : {}),
      start: before ? start - before[0].length : start,
      nameStart: start + m[1]!.length + 1,
    });
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    if (PLACE_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
    const { role, org } = roleAndOrg(m[2]!);
    facts.push({ name: m[1]!, pattern: 'appositive', role, ...(org ? { affiliation: org } : {}), start: m.index ?? 0, nameStart: m.index ?? 0 });
  }
  for (const m of text.matchAll(DESCRIBED)) {
    if (PLACE_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
    const roles = m[2]!.split(/,?\s+and\s+(?=(?:the |a |an )?\p{Ll})/u).map((r) => r.trim()).filter(Boolean);
    const org = roles.map((r) => orgIn(r, isInstitution)).find(Boolean);
    for (const role of roles) {
      facts.push({ name: m[1]!, pattern: 'description', role, ...(org ? { affiliation: org } : {}), start: m.index ?? 0, nameStart: m.index ?? 0 });
    }
  }
  for (const m of text.matchAll(ORG_POSSESSIVE)) {
    const start = m.index ?? 0;
    facts.push({ name: m[2]!, pattern: 'org-possessive', affiliation: m[1]!, start, nameStart: start + m[0].length - m[2]!.length });
  }
  for (const m of text.matchAll(REPORTING)) {
    const nameStart = (m.index ?? 0) + m[0].indexOf(m[1]!);
    if (/\b(?:the|The)\s$/.test(text.slice(0, nameStart))) continue;
    facts.push({ name: m[1]!, pattern: 'reporting', start: nameStart, nameStart });
  }
  facts.push(...officeHolders(text), ...delegationLeaders(text));
  return facts;
}
