// Plugin options and their defaults, resolved in one place.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { KIT_ROOT } from '../io/kit-root.js';
import type { SeparatorOptions } from '../parse/separators.js';

export interface DiagramOptions {
  /** Mermaid configuration merged over the theme's (e.g. `{ flowchart: { curve: 'basis' } }`). */
  mermaid?: Record<string, unknown>;
  /** Where rendered SVGs are cached between builds. Default: node_modules/.cache/briefdeck/diagrams of the project (of the kit when the project has no node_modules). */
  cacheDir?: string;
  /** Let the browser render diagrams when no Chromium exists at build time. Default: true in dev, false in builds. */
  fallback?: boolean;
}

export interface BriefdeckOptions {
  /** The deck: a folder of Markdown files, or one `.md` file, relative to the project (the folder of vite.config.ts). Default: `slides`. */
  deck?: string;
  /** Folder of theme CSS files (`<name>.css`). Default: the kit's `themes/`. */
  themes?: string;
  diagrams?: DiagramOptions;
  /** Carry the source article inside each page, for a page that must stand alone (the single file). Default: false, pages link to `source/`. */
  embedSource?: boolean;
  /** Separators and attribute comment patterns (`separator`, `verticalSeparator`, `notesSeparator`, `elementAttributes`, `slideAttributes`); a deck's headmatter or reveal-md.json wins, key by key. */
  markdown?: SeparatorOptions;
  /** Built pages of long decks carry the slides near the first and load the rest right after the first paint. Default: true (the single file keeps every slide in the page). */
  deferSlides?: boolean;
  /**
   * Where builds keep the bundled client (scripts, styles, fonts) by a hash of everything that decides it, so the next build
   * with the same kit, theme, config and options skips bundling; false bundles every time. Builds with plugins of their own
   * bundle every time. Default: node_modules/.cache/briefdeck/client of the project (of the kit when the project has no node_modules).
   */
  clientCacheDir?: string | false;
}

declare module 'vite' {
  interface UserConfig {
    /** Set by a briefdeck command for one run (the deck it was given, a single file's settings): wins over briefdeck()'s own options, key by key. */
    briefdeck?: BriefdeckOptions;
  }
}

export interface ResolvedOptions {
  /** The user's project folder: relative options resolve against it (Vite's own root is the kit, which holds the page). */
  root: string;
  /** Paths in messages are shown relative to this folder (the working folder). */
  displayRoot: string;
  deckDir: string;
  themesDir: string;
  diagrams: Required<Omit<DiagramOptions, 'fallback'>> & { fallback: boolean | undefined };
  embedSource: boolean;
  separators: SeparatorOptions;
  deferSlides: boolean;
  /** The project's briefdeck cache folder: slow steps' results kept between runs (the article as read). */
  cacheDir: string;
  /** Undefined: no client cache. */
  clientCacheDir: string | undefined;
}

export function resolveOptions(options: BriefdeckOptions, root: string): ResolvedOptions {
  const cacheDir = projectCacheDir(root);
  return {
    root,
    displayRoot: process.cwd(),
    deckDir: path.resolve(root, options.deck ?? 'slides'),
    themesDir: path.resolve(root, options.themes ?? path.join(KIT_ROOT, 'themes')),
    diagrams: {
      mermaid: options.diagrams?.mermaid ?? {},
      cacheDir: options.diagrams?.cacheDir !== undefined ? path.resolve(root, options.diagrams.cacheDir) : path.join(cacheDir, 'diagrams'),
      fallback: options.diagrams?.fallback,
    },
    embedSource: options.embedSource ?? false,
    separators: options.markdown ?? {},
    deferSlides: options.deferSlides ?? true,
    cacheDir,
    clientCacheDir: options.clientCacheDir === false ? undefined : options.clientCacheDir !== undefined ? path.resolve(root, options.clientCacheDir) : path.join(cacheDir, 'client'),
  };
}

/** briefdeck's cache folder (diagrams, client, articles, exports): in the project's node_modules when it has one, so a folder that is only slides stays clean. */
export function projectCacheDir(root: string): string {
  const owner = existsSync(path.join(root, 'node_modules')) ? root : KIT_ROOT;
  return path.join(owner, 'node_modules/.cache/briefdeck');
}
