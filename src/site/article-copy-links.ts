// Links from slides to the deck's own source article go to the copy published beside the source page, not to a hashed file. Pure.

import { replaceAssetMarkers } from '../assets/asset-url.js';
import type { Deck } from '../model/deck.js';
import type { SourceDocument } from '../model/source.js';
import { deckHtml } from '../render/render-deck.js';

/**
 * The copy of the article is published at its path in the deck folder, except when that path leaves the folder or
 * the copy is HTML: a page from elsewhere, published on the deck's origin, could run its scripts there.
 */
export function isCopyPublished(source: SourceDocument): boolean {
  const inside = !source.file.startsWith('/') && !source.file.split('/').includes('..');
  return inside && source.article.format !== 'html' && !/\.html?$/i.test(source.file);
}

/**
 * `articlePath`: the article as slide references name files (relative to where the deck's files are shown from).
 * Each reference to it becomes a link to the published copy (`source.file`, from the deck's page), and stops being a
 * file of its own to publish; a deck that does not link the article is returned as it is.
 */
export function linkArticleCopy(deck: Deck, source: SourceDocument, articlePath: string): Deck {
  if (!isCopyPublished(source) || !deck.slides.some((slide) => slide.assets.some((asset) => asset.path === articlePath))) return deck;
  const urlOf = (file: string): string | undefined => (file === articlePath ? source.file : undefined);
  const slides = deck.slides.map((slide) => ({
    ...slide,
    body: replaceAssetMarkers(slide.body, urlOf),
    notes: replaceAssetMarkers(slide.notes, urlOf),
    assets: slide.assets.filter((asset) => asset.path !== articlePath),
  }));
  return { ...deck, slides, html: deckHtml(slides) };
}
