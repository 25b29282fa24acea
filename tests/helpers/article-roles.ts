// Finds a generated outline's role of a sentence by how the sentence starts: the lookup the generator's role tests share.

import type { RoledSentence } from '../../src/model/article.js';

/** A lookup over `roles`: the role of the first sentence starting with `start`, or undefined. */
export function roleFinder(roles: readonly RoledSentence[]): (start: string) => RoledSentence | undefined {
  return (start) => roles.find((r) => r.sentence.startsWith(start));
}
