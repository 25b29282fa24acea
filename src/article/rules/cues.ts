// Cue phrases for the section rules, as regular expressions, and a helper that returns the words matched.

/** Phrases that present something as new or historic. */
export const FIRSTS_CUES =
  /\b(?:(?:for )?the first time|first[- ]ever|first (?:meeting|visit|summit|time|trip|talks)|historic(?:al)? firsts?|historic|unprecedented|never before|landmark|milestone|first of its kind)\b/i;

/** Phrases that announce doubt or difficulty. */
export const SKEPTIC_CUES =
  /\b(?:reasons? (?:to be|for) (?:skeptic(?:al|ism)|sceptic(?:al|ism)|caution|concern|doubt)|skeptic(?:al|ism)?|sceptic(?:al|ism)?|obstacles?|hurdles?|stumbling blocks?|pitfalls?|(?:serious |real )?doubts?|remains to be seen|too early to|premature|wary|caution(?:ary)?)\b/i;

/** Normative wording: the author says what ought to happen. */
export const NORMATIVE_CUES =
  /\b(?:should(?! (?:talks|negotiations|they|it|this|that) \w+ (?:fail|collapse|break))|must|ought to|needs? to|it is (?:essential|vital|imperative|crucial|critical)|(?:we|i) (?:recommend|urge|propose)|(?:is|are) recommended|would do well to)\b/i;

/** Paragraph openers that turn the argument against what came before. */
export const TURN_OPENERS = /^(?:However|But|Yet|Still|Nevertheless|Nonetheless|That said|Even so|Despite|In spite of|On the other hand)\b,?/;

/** Paragraph openers that number the steps of an argument. */
export const ORDINAL_OPENERS = /^(?:First(?:ly)?|First of all|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Next|Lastly|Finally|Last)\b,?/;

/** Paragraph openers that add to the point before. */
export const ADDITIVE_OPENERS =
  /^(?:Also|Moreover|Furthermore|In addition|Additionally|Similarly|Likewise|Even more|What is more|Add to this|Beyond this|Besides|Nor|Neither)\b,?/;

/** The first match of a cue in a text, as written, with negated uses skipped ("not yet a breakthrough"). */
export function findCue(text: string, cue: RegExp): string | undefined {
  const re = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index).toLowerCase();
    if (/\b(?:not|no|never|hardly)\b(?: \w+){0,2} $/.test(before) && !/^(?:not|no|never)/i.test(m[0])) continue;
    return m[0];
  }
  return undefined;
}
