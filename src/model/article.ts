// The source article and its outline as data: what the generator reads, classifies and extracts.

export type ArticleFormat = 'txt' | 'html' | 'md';

/** One body paragraph of the article, with a stable id (`p1`, `p2`, …) used by `[@pN]` citations. */
export interface ArticleParagraph {
  id: string;
  /** The paragraph's text, whitespace normalised (non-breaking spaces become spaces). */
  text: string;
  /** The sentences of `text`, each an exact substring of it. */
  sentences: string[];
  /** 1-based line in the input where the paragraph starts. */
  line: number;
  /** The nearest preceding sub-heading (Markdown `##`, HTML `<h2>`), if any. */
  heading?: string;
  /** The speaker label of a Q&A or interview paragraph (`Q`, `Interviewer`, a name), removed from `text`. */
  label?: string;
}

/** An article as read from text, HTML or Markdown, page chrome removed. */
export interface Article {
  title: string;
  /** The short standfirst under the headline. */
  dek?: string;
  /** The section label printed above the headline. */
  kicker?: string;
  /** The photo description. */
  caption?: string;
  /** The photo credit, without the `Credit:` label. */
  credit?: string;
  /** The author line, without `By`. */
  byline?: string;
  /** Publication date when the article states one (a dateline), `YYYY-MM-DD`; as written (`Jan 14`) when its dateline has no year. */
  date?: string;
  /** The publication or site that printed the article, when the page names it. */
  outlet?: string;
  /** The article's canonical address, when the page gives one. */
  url?: string;
  paragraphs: ArticleParagraph[];
  format: ArticleFormat;
  /** Blocks dropped as page chrome (navigation, repeated headline, …), kept so a person can check. */
  chrome: string[];
}

export type SectionKind = 'firsts' | 'skepticism' | 'open-questions' | 'recommendations' | 'what-to-watch' | 'context';

/** What one sentence does in the article's argument. */
export type SentenceRole = 'first' | 'concern' | 'question' | 'recommendation' | 'prediction' | 'context';

/** Who states a sentence: the author, a named person, a group ("officials"), or a cited source ("according to …"). */
export interface Speaker {
  kind: 'author' | 'person' | 'group' | 'source';
  /** The speaker as written, e.g. `Ardenian officials`; absent for the author. */
  name?: string;
  /** The words that show the attribution, e.g. `According to`, `said`. */
  cue?: string;
}

/** One sentence with its role and the evidence for it. */
export interface RoledSentence {
  paragraphId: string;
  /** Index of the sentence in its paragraph. */
  index: number;
  sentence: string;
  role: SentenceRole;
  /** Rule id that decided, e.g. `first-cue`, `skeptical-run`. */
  rule: string;
  /** The matched words as written (or a short description for state rules). */
  evidence: string;
  speaker: Speaker;
  /** The deciding rule found doubt in the sentence's own words (see the rules' `voicesDoubt`). */
  voicesDoubt?: boolean;
}

/** Why a paragraph landed in a section: the rule that decided for its first sentence of that kind, and the text it matched. */
export interface Classification {
  paragraphId: string;
  kind: SectionKind;
  /** Rule id, e.g. `first-cue`, `question`, `skeptical-run`. */
  rule: string;
  /** The matched cue as written in the paragraph (or a short description for counting rules). */
  cue: string;
}

/** Whose claim a bullet states: the author's argument, or something the article reports. */
export type Voice = 'author' | 'reported';

/** A short extractive paraphrase of one source sentence. */
export interface Bullet {
  text: string;
  paragraphIds: string[];
  /** The exact source sentence the bullet was cut from. */
  sentence: string;
  voice: Voice;
  /** Who states it, as found in the sentence. */
  speaker?: Speaker;
}

export interface OutlineSection {
  kind: SectionKind;
  paragraphs: Classification[];
  bullets: Bullet[];
}

/** A question the article asks (a sentence ending with `?`), leaves open ("they have not said whether …") or asks in its headline. */
export interface Question {
  /** The question trimmed for a slide (leading connectives and parentheticals removed). */
  text: string;
  /** The exact source sentence (the headline, for a headline's question). */
  sentence: string;
  /** The paragraph cited: the one holding the sentence, or for a headline the body paragraph that shares most of its words. */
  paragraphId: string;
  /** Content words used for grouping. */
  keywords: string[];
  /** The question as a title ("Which side will give way"), when the text states it inside a longer sentence. */
  asks?: string;
  /** The headline asks it: the sentence is in no paragraph. */
  fromHeadline?: true;
}

/** Questions sharing a theme; the label is made of words taken from the questions. */
export interface QuestionTheme {
  label: string;
  questions: Question[];
}

/** How precise a normalised date is; `early`/`mid`/`late`/`end` are parts of a month. */
export type DatePrecision = 'day' | 'month' | 'early' | 'mid' | 'late' | 'end' | 'year';

/** Where an event's year came from. */
export type YearSource = 'written' | 'inferred' | 'unknown';

export interface DatedEvent {
  /** The date expression as written, e.g. `late July`, `by the end of September`. */
  label: string;
  /** ISO-like: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `--MM-DD` / `--MM` when the year is unknown. */
  date: string;
  precision: DatePrecision;
  year?: number;
  yearSource: YearSource;
  /** What the year was inferred from, e.g. `caption date (…)`. */
  yearFrom?: string;
  /** A short extractive description of what happens. */
  text: string;
  paragraphId: string;
  sentence: string;
}

export type ActorKind = 'person' | 'state' | 'institution';

export interface Actor {
  /** Display name, as most often written in the body. */
  name: string;
  kind: ActorKind;
  /** Other spellings and short forms found (e.g. surname only). */
  aliases: string[];
  /** Titles and roles as written, e.g. `President`, `Asia scholar`. */
  roles: string[];
  /** State or institution the actor belongs to, as written or resolved. */
  affiliation?: string;
  paragraphIds: string[];
}

export type RelationVerb =
  | 'met'
  | 'will-meet'
  | 'briefed'
  | 'invited'
  | 'accepted'
  | 'led'
  | 'visited'
  | 'criticized';

/** A relation between two actors that the text states. */
export interface Relation {
  /** Actor names. */
  from: string;
  to: string;
  verb: RelationVerb;
  /** Extra words from the text, e.g. `delegation` for `led`. */
  detail?: string;
  /** The hedge the sentence puts on it ("reportedly", "allegedly"): drawn dashed, labelled with the hedge. */
  hedge?: string;
  /** Normalised date of an event stated in the same sentence. */
  date?: string;
  datePrecision?: DatePrecision;
  /** The event label of that date, as written. */
  dateLabel?: string;
  paragraphId: string;
  sentence: string;
}

/** A party the article names (a proper-noun run), with the paragraphs that mention it. */
export interface NamedParty {
  name: string;
  paragraphIds: string[];
}

export interface Outline {
  title: string;
  /** The article's thesis in two or three bullets. */
  bottomLine: Bullet[];
  /** Every sentence with its role, in article order: the evidence behind each section. */
  roles: RoledSentence[];
  /** What to watch: stated predictions and conditions, and events dated after the publication. */
  watch: Bullet[];
  /** Present sections, in order of first appearance in the article. */
  sections: OutlineSection[];
  /** One entry per paragraph, in article order. */
  classifications: Classification[];
  questions: QuestionTheme[];
  /** Dated events, in date order. */
  events: DatedEvent[];
  actors: Actor[];
  /** Every named party, most mentioned first: what the actors slide lists beside its diagram. */
  named: NamedParty[];
  relations: Relation[];
  /** What could not be found, as `key: explanation` (e.g. `section:context: no paragraph …`). */
  missing: string[];
}
