// Cue phrases for the sentence rules, as regular expressions, and a helper that returns the words matched.

/** Phrases that present something as new: a first, never before, unprecedented ("historic" alone is not a first). */
export const FIRSTS_CUES =
  /\b(?:(?:for )?the first time|first[- ]ever|(?:the|a|its|their) first (?:[\p{L}-]+ ){0,3}?(?:meeting|visit|summit|trip|talks|agreement|deal|treaty|accord|pact|merger|offer|list|link|format|schedule|exchange|vote|sale|bid|ceasefire|truce|session|round of direct talks)s?\b|(?:the|a|its|their) first (?:[\p{L}-]+ ){0,3}?(?:since|in which|in more than|in (?:a|two|three|four|five|ten|\d+) (?:years?|decades?))|first (?:meeting|visit|summit|trip|such)|historic(?:al)? firsts?|unprecedented|never before|first of its kind)\b/iu;

/** Phrases that announce doubt, concession, obstacle or risk. */
export const SKEPTIC_CUES = new RegExp(
  [
    String.raw`reasons? (?:to be|for) (?:skeptic(?:al|ism)|sceptic(?:al|ism)|caution|concern|doubt|worry)`,
    String.raw`skeptic(?:al|ism|s)?|sceptic(?:al|ism|s)?|dubious|doubtful|doubts?|questionable|unclear|uncertain(?:ty|ties)?`,
    String.raw`obstacles?|hurdles?|stumbling blocks?|pitfalls?|setbacks?|impasse|deadlock(?:ed)?|stall(?:ed|s)?`,
    String.raw`not (?:at all )?clear|no guarantee|not,? in fact,? new|(?:is|was|are) not new|(?:do|does|did) not (?:yet )?have|not yet|has yet to|have yet to|no breakthrough`,
    String.raw`remains? to be seen|too early to|premature|wary|caution(?:ary|s)?|far from|risks?|risky|dangers?|fragile|threat(?:en|ens|s)?`,
    String.raw`(?:will|would|could|may|might) (?:collapse|fail|unravel|derail|backfire|cost|delay|stall|sink|shrink|disappear|override|block|slip|slide|lapse|fall through|fall apart|be reopened|be challenged|be undone)|unlikely|improbable|fears?|feared|unproven|untested|threatened|strike threats?|threat(?:en)? to strike|undermin(?:e|es|ed|ing)|concerns?|worr(?:y|ies|ied)`,
    String.raw`(?:has|have) not (?:said|explained|agreed|committed|shown)|little (?:progress|evidence)|loopholes?|vague|contentious|reversals?|destabiliz(?:e|es|ed|ing)|overly (?:hopeful|optimistic)`,
    String.raw`(?:narrower|smaller|weaker|less) than (?:it|they) (?:looks?|seems?|appears?|sounds?)|(?:may|might|could) (?:be|become|get) (?:even )?(?:less|fewer|smaller|weaker|lower)\b|less than (?:a|an|one|half)`,
    String.raw`disagree(?:s|d|ments?)?|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|al)|(?:will|would) not (?:be bound|sign|accept|agree|commit|ratify)|(?:nobody|no one) (?:yet )?knows|nothing (?:has been|was|is) (?:agreed|decided|signed)|stands? in the way|unpublished|undisclosed`,
    String.raw`still open|unresolved|unsettled|(?:is|are) not settled|nothing is settled|not agreed|(?:has|have) not changed|unchanged|case for caution`,
  ].join('|').replace(/^/, String.raw`\b(?:`).concat(String.raw`)\b`),
  'i',
);

/** Past failures and vetoes: what sank an earlier attempt or can sink this one. */
export const SETBACK_CUES = /\b(?:collapsed|(?:fell|fall|falls|fallen) apart|broke down|(?:was|were) (?:withdrawn|rejected|abandoned)|vetoe?(?:s|d)?|power to block|(?:can|could) block)\b/i;

/** A claim the article does not vouch for: a hedge on the predicate, not an opening attribution ("Reportedly, …"). */
export const UNVERIFIED_CUES = /(?<!^)\b(?:allegedly|reportedly|purportedly|seemingly|unverified|unconfirmed)\b(?!,)/i;

/** Normative wording: someone says what ought to happen. */
export const NORMATIVE_CUES =
  /\b(?:should|must|ought to|needs? to|it is (?:essential|vital|imperative|crucial|critical|important)|(?:we|i) (?:recommend|urge|propose|suggest)|(?:is|are) recommended|would do well to|it would be wise)\b/i;

/** Verbs that report a belief or a statement: a modal after them belongs to the reported speaker. */
export const BELIEF_VERBS =
  /\b(?:believes?|believed|thinks?|thought|says?|said|argues?|argued|claims?|claimed|insists?|insisted|wants?|wanted|demands?|demanded|hopes?|hoped|told|tells|maintains?|maintained|contends?|contended|feels?|felt|sees?|saw|views?|viewed)\b/i;

/** Future or conditional wording: what may happen next. */
export const FUTURE_CUES =
  /\b(?:will|won[’']t|shall|(?:is|are) (?:expected|scheduled|set|due|slated|likely|poised|planning|going) to|plans? to|intends? to|would (?:have to|need to)|next (?:week|month|year|round)|later this (?:week|month|year)|in the coming (?:days|weeks|months))\b/i;

/** A stated condition: "If …, … will/would/could …". */
export const CONDITIONAL = /^(?:If|Unless|Should|Once|Until)\b[^,]*,[^.?!]*\b(?:will|would|could|may|might|(?:is|are) (?:un)?likely to)\b/;

/** A limited duration or a deadline ahead: "funded for only ninety days", "for two more years", "before the ninety days run out". */
export const LIMITED_DURATION =
  /\bfor (?:only|just|another|a further) (?:[\p{L}-]+|\d+) (?:days|weeks|months|years)\b|\bfor (?:[\p{L}-]+|\d+) (?:more )?(?:days|weeks|months|years) only\b|\bfor (?:[\p{L}-]+|\d+) more (?:days|weeks|months|years)\b|\b(?:expires?|lapses?|runs? out) (?:automatically|at|on|in|by|within)\b/iu;

/**
 * A question the article leaves open without asking it: "it is unclear which side will give way", "they have not said
 * whether …", "nobody yet knows …", "the sequencing and the length are all still open", "the open question is …" (not "a regime that nobody knows how to build").
 */
export const IMPLIED_QUESTION = new RegExp(
  [
    String.raw`\b(?:is|remains?|it's|it’s)\s+(?:still\s+)?(?:unclear|uncertain|unknown|not clear|not known|undecided|an open question)\s+(?:whether|if|which|what|who|how|when|why)\b`,
    String.raw`\b(?:has|have|had)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:said|decided|announced|disclosed|revealed|confirmed|indicated|explained|specified|agreed)\s+(?:whether|if|which|what|who|how|when)\b`,
    String.raw`\b(?:do|does|did)\s+not\s+(?:yet\s+)?know\s+(?:exactly\s+)?(?:whether|if|which|what|who|how|when)\b`,
    String.raw`(?<!\b(?:that|which|whom?)\s)\b(?:nobody|no one)\s+(?:outside\s+[^,.;]{2,40}\s+)?(?:yet\s+)?knows\b`,
    String.raw`\b(?:are|is|remain|remains)\s+(?:all\s+)?(?:still\s+open|(?:still\s+)?(?:unresolved|unsettled|undecided))\b(?!\s+(?:to|for|on)\b)`,
    String.raw`\bthe (?:open|unanswered) question\b`,
  ].join('|'),
  'i',
);

/** Openers that turn the argument against what came before. */
export const TURN_OPENERS = /^(?:However|But|Yet|Still|Nevertheless|Nonetheless|That said|Even so|Despite|In spite of|On the other hand)\b,?/;

/** Openers that number the steps of an argument. */
export const ORDINAL_OPENERS = /^(?:First(?:ly)?|First of all|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Next|Lastly|Finally|Last)\b,?/;

/** Openers that add to the point before. */
export const ADDITIVE_OPENERS =
  /^(?:Also|Moreover|Furthermore|In addition|Additionally|Similarly|Likewise|Even more|What is more|Add to this|Beyond this|Besides|Nor|Neither)\b,?/;

/** The global form of each cue, built once (`matchAll` scans a copy of it, so it is never left mid-text). */
const GLOBAL_CUES = new WeakMap<RegExp, RegExp>();

function globalCue(cue: RegExp): RegExp {
  let global = GLOBAL_CUES.get(cue);
  if (!global) {
    global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
    GLOBAL_CUES.set(cue, global);
  }
  return global;
}

/** The first match of a cue in a text, as written, with negated uses skipped ("not unprecedented"). */
export function findCue(text: string, cue: RegExp): string | undefined {
  for (const m of text.matchAll(globalCue(cue))) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index).toLowerCase();
    if (/\b(?:not|no|none|never|hardly)\b(?: \w+){0,2} $/.test(before) && !/^(?:not|no|never)/i.test(m[0])) continue;
    return m[0];
  }
  return undefined;
}
