// Language facts from wink-nlp: sentence spans, tokens and parts of speech, each an exact slice of the text.

import { createRequire } from 'node:module';
import type { ItemSentence, PartOfSpeech, WinkMethods } from 'wink-nlp';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/** A word or punctuation mark with its universal part-of-speech tag. */
export interface Token {
  text: string;
  pos: PartOfSpeech;
  /** Offset of the token in the analysed text. */
  start: number;
}

export interface TaggedSentence {
  readonly text: string;
  readonly start: number;
  readonly tokens: readonly Readonly<Token>[];
}

let pipeline: WinkMethods | undefined;

/**
 * The model is large and immutable: it is loaded once, on first use, not when a module that may tag text is imported
 * (a build, an export or the dev server that never reads an article does not pay for it).
 */
function nlp(): WinkMethods {
  if (pipeline) return pipeline;
  const require = createRequire(import.meta.url);
  const createPipeline = require('wink-nlp') as typeof winkNLP;
  pipeline = createPipeline(require('wink-eng-lite-web-model') as typeof model, ['sbd', 'pos']);
  return pipeline;
}

/** Tags of the texts seen during one `withTagCache` run (a paragraph is split, then searched for names, by the same tags). */
let tagCache: Map<string, readonly TaggedSentence[]> | undefined;

/** Runs `work` with each distinct text tagged once; the tags are dropped when it returns. */
export function withTagCache<T>(work: () => T): T {
  if (tagCache) return work();
  tagCache = new Map();
  try {
    return work();
  } finally {
    tagCache = undefined;
  }
}

/**
 * Sentences with tokens and POS tags; spans are located in `text`, so each sentence is an exact substring.
 * Inside `withTagCache` the same arrays come back for the same text: callers read them, never change them.
 */
export function tagText(text: string): readonly TaggedSentence[] {
  const cached = tagCache?.get(text);
  if (cached) return cached;
  const tagged = tagUncached(text);
  tagCache?.set(text, tagged);
  return tagged;
}

function tagUncached(text: string): readonly TaggedSentence[] {
  const w = nlp();
  const doc = w.readDoc(text);
  const out: TaggedSentence[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: ItemSentence) => {
    const values = sentence.tokens().out(w.its.value);
    const tags = sentence.tokens().out(w.its.pos) as PartOfSpeech[];
    const tokens: Token[] = [];
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const at = text.indexOf(value, cursor);
      if (at < 0) continue; // a normalised token (rare): keep the spans of the others
      tokens.push({ text: value, pos: tags[i]!, start: at });
      cursor = at + value.length;
    }
    if (tokens.length === 0) return;
    const start = tokens[0]!.start;
    const last = tokens[tokens.length - 1]!;
    out.push({ text: text.slice(start, last.start + last.text.length), start, tokens });
  });
  return out;
}

/** Tags of a short text (a bullet, a clause). */
export function tagsOf(text: string): Readonly<Token>[] {
  return tagText(text).flatMap((s) => s.tokens);
}

/** True when the tokens hold a finite clause: a verb or auxiliary that is not only an infinitive or a gerund. */
export function hasVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB') return false;
    const prev = tokens[i - 1];
    return !(prev && prev.pos === 'PART' && /^to$/i.test(prev.text)) && !/ing$/i.test(t.text);
  });
}
