// The checks option tables share: a port, one of a list, a slide range, a positive number, a briefing's name.

import { BRIEFING_NAME } from '../briefing/briefing-name.js';
import { parseRangeSelectors, SlideRangeError } from '../export/range.js';
import { UsageError } from './command.js';
import type { Validator } from './option-table.js';

/** A TCP port a person names, 1 to 65535, written as digits. */
export const tcpPort: Validator<number> = (text, flag) => {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 65535) throw new UsageError(`${flag} needs a whole number from 1 to 65535, not "${text}"`);
  return value;
};

/** One of `values`; `expected` words the refusal, e.g. `must be 1 or 2` (default: `must be one of a, b, c`). */
export function oneOf<V extends string>(values: readonly V[], expected = `must be one of ${values.join(', ')}`): Validator<V> {
  return (text, flag) => {
    if (!(values as readonly string[]).includes(text)) throw new UsageError(`${flag} ${expected}, not "${text}"`);
    return text as V;
  };
}

/** A slide range such as `1,3-5`, checked for its syntax (the deck's length is checked when it is known). */
export const slideRange: Validator<string> = (text, flag) => {
  try {
    parseRangeSelectors(text);
  } catch (error) {
    if (error instanceof SlideRangeError) throw new UsageError(`${flag}: ${error.message}`);
    throw error;
  }
  return text;
};

export const positiveNumber: Validator<number> = (text, flag) => {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} takes a positive number, not "${text}"`);
  return value;
};

/** The name of a briefing manifest, `<deck>/briefings/NAME.yaml`. */
export const briefingName: Validator<string> = (text, flag) => {
  if (!BRIEFING_NAME.test(text)) throw new UsageError(`${flag} takes a briefing's name, e.g. principal for <deck>/briefings/principal.yaml`);
  return text;
};
