// The Vite plugin entry point, as used in vite.config.ts.
export { briefdeck } from './plugin.js';
export type { BriefdeckOptions } from './options.js';
