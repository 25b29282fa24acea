// The caches of a dev session's compiles (files cut, slides read and rendered, articles read) and their sweep: kept apart from the compile, which loads when a compile first runs.

import { createSessionCache, type SessionCache } from '../compile/session-cache.js';
import { stepCache } from '../io/step-cache.js';
import type { ParseCaches } from '../parse/parse-deck.js';
import type { RenderedPart } from '../render/render-deck.js';
import { diskSessionCache } from './disk-session-cache.js';
import type { ArticleReading } from './load-article.js';

export interface SiteCaches extends ParseCaches {
  slides: SessionCache<RenderedPart>;
  articles: SessionCache<ArticleReading>;
}

/**
 * Caches for the compiles of one session; `sweepSiteCaches` after each compile keeps them to what the deck still uses.
 * `disk`: where articles as read are also kept between sessions (reading one loads a language model), by the code that read them.
 */
export function createSiteCaches(disk?: { dir: string; code: string }): SiteCaches {
  const articles = disk ? articleDiskCache(disk) : createSessionCache<ArticleReading>();
  return { files: createSessionCache(), slideText: createSessionCache(), slides: createSessionCache(), articles };
}

/** Articles as read, kept in `dir` for the code named `code` (see `runningCodeIdentity`). */
export function articleDiskCache(disk: { dir: string; code: string }): SessionCache<ArticleReading> {
  return diskSessionCache<ArticleReading>(stepCache(disk.dir, 'articles', disk.code));
}

export function sweepSiteCaches(caches: SiteCaches): void {
  for (const cache of [caches.files, caches.slideText, caches.slides, caches.articles]) cache.sweep();
}
