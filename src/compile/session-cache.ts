// Results kept between the compiles of one dev session, keyed by everything that made them: an edit recomputes only what it changed.

/** A two-generation map: what the last two compiles used survives a sweep, the rest is dropped, so memory follows the deck. */
export interface SessionCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** After each compile: what neither it nor the one before used is forgotten. */
  sweep(): void;
}

export function createSessionCache<T>(): SessionCache<T> {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  return {
    get(key) {
      const hit = current.get(key) ?? previous.get(key);
      if (hit !== undefined) current.set(key, hit);
      return hit;
    },
    set(key, value) {
      current.set(key, value);
    },
    sweep() {
      previous = current;
      current = new Map();
    },
  };
}

/** `cache`'s value for `key`, made by `make` when it has none (no cache: always made). */
export function cached<T>(cache: SessionCache<T> | undefined, key: () => string, make: () => T): T {
  if (!cache) return make();
  const k = key();
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  const value = make();
  cache.set(k, value);
  return value;
}
