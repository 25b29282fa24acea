// A session cache whose misses are looked up on disk and whose new entries are stored there: the next dev start reuses them.

import { createSessionCache, type SessionCache } from '../compile/session-cache.js';
import type { StepCache } from '../io/step-cache.js';

/** `disk` keeps entries between runs; memory keeps them within one (with the session cache's sweeps). */
export function diskSessionCache<T>(disk: StepCache): SessionCache<T> {
  const memory = createSessionCache<T>();
  return {
    get(key) {
      const held = memory.get(key);
      if (held !== undefined) return held;
      const stored = disk.read(key) as T | undefined;
      if (stored !== undefined) memory.set(key, stored);
      return stored;
    },
    set(key, value) {
      memory.set(key, value);
      disk.write(key, value);
    },
    sweep: () => memory.sweep(),
  };
}
