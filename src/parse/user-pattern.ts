// Compiles a regular expression written by a deck author, refusing patterns that could backtrack without bound.

/** Longer patterns are refused: a separator is a short thing, and a long pattern is hard to check by eye. */
export const MAX_PATTERN_LENGTH = 300;

export type CompiledPattern = { ok: true; regex: RegExp } | { ok: false; reason: string };

/**
 * The pattern compiled with `flags`, or why it is refused: invalid syntax, back-references, or a
 * repeated group that itself repeats or alternates (`(a+)+`, `(a|a)*`): the shapes whose matching
 * time can grow exponentially with the text. Star height 1 keeps matching polynomial at worst.
 */
export function compileUserPattern(source: string, flags: string): CompiledPattern {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `is longer than ${MAX_PATTERN_LENGTH} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return { ok: false, reason: `is not a valid regular expression (${(error as Error).message})` };
  }
  const risk = backtrackingRisk(source);
  return risk ? { ok: false, reason: risk } : { ok: true, regex };
}

interface Group {
  repeats: boolean;
  alternates: boolean;
}

/** Walks the pattern once; returns a reason when a repeated group repeats or alternates inside. */
function backtrackingRisk(source: string): string | undefined {
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let last: Group | undefined; // the atom just read, as a group (a plain atom repeats nothing)
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) return 'uses a back-reference, which can make matching take exponential time';
      i++;
      last = { repeats: false, alternates: false };
      continue;
    }
    if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      last = { repeats: false, alternates: false };
      continue;
    }
    if (char === '(') {
      stack.push({ repeats: false, alternates: false });
      last = undefined;
      continue;
    }
    if (char === ')') {
      const closed = stack.length > 1 ? stack.pop()! : { repeats: false, alternates: false };
      // Repetition inside a group is repetition inside the enclosing group too.
      if (closed.repeats) stack.at(-1)!.repeats = true;
      last = closed;
      continue;
    }
    if (char === '|') {
      stack.at(-1)!.alternates = true;
      last = undefined;
      continue;
    }
    const quantifier = unboundedQuantifierAt(source, i);
    if (quantifier > 0) {
      if (last && (last.repeats || last.alternates)) {
        return 'repeats a group that itself repeats or alternates (like (a+)+ or (a|b)*), which can make matching take exponential time';
      }
      stack.at(-1)!.repeats = true;
      i += quantifier - 1;
      last = undefined;
      continue;
    }
    last = { repeats: false, alternates: false };
  }
  return undefined;
}

/** Length of an unbounded (or large) quantifier at `i` (`*`, `+`, `{n,}`, `{n,m}` with m > 16), else 0. */
function unboundedQuantifierAt(source: string, i: number): number {
  const char = source[i];
  if (char === '*' || char === '+') return source[i + 1] === '?' ? 2 : 1;
  if (char !== '{') return 0;
  const braces = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i));
  if (!braces) return 0;
  const unbounded = braces[2] !== undefined && (braces[3] === '' || Number(braces[3]) > 16);
  return unbounded ? braces[0].length : 0;
}
