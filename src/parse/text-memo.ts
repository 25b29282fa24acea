// A bounded memo for pure readers of text (YAML blocks, briefing manifests): a dev session's recompiles read the same texts again and again.

/** A reader's results by the text it read; each caller gets its own copy, so nothing kept is ever changed. */
export type TextMemo<T> = (key: string, read: () => T) => T;

/** Texts kept, counted in characters: the least recently read go first once this is passed. */
export const TEXT_MEMO_CHARS = 4 * 1024 * 1024;

export function textMemo<T>(maxChars = TEXT_MEMO_CHARS): TextMemo<T> {
  const kept = new Map<string, T>();
  let chars = 0;
  return (key, read) => {
    const hit = kept.get(key);
    if (hit !== undefined) {
      kept.delete(key);
      kept.set(key, hit);
      return structuredClone(hit);
    }
    const value = read();
    if (key.length > maxChars) return value;
    kept.set(key, structuredClone(value));
    chars += key.length;
    for (const oldest of kept.keys()) {
      if (chars <= maxChars) break;
      chars -= oldest.length;
      kept.delete(oldest);
    }
    return value;
  };
}
