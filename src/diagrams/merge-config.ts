// Deep merge of mermaid settings: a deck's own values over the theme's, nested objects merged key by key. Pure.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `over` laid on `base`: plain objects merge recursively (so a deck's `themeVariables: { pie1: … }`
 * keeps every other derived colour); arrays and other values from `over` replace; `undefined` is ignored.
 */
export function mergeConfig<T extends Record<string, unknown>>(base: T, over: Record<string, unknown>): T {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? mergeConfig(current, value) : value;
  }
  return merged as T;
}
