// The attributes of a slide's `<section>`: id, classes, reveal.js data attributes and provenance, unsafe ones left out.

import type { RenderedSlide, SourceSlide } from '../model/deck.js';
import { slideSeconds } from '../briefing/timing.js';
import { refusedPreview, safeSectionAttributes } from './attribute-policy.js';
import { markSectionAssets } from '../assets/section-assets.js';
import type { AssetReference } from '../model/asset.js';
import { escapeHtml } from './escape-html.js';

const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([^)]*\)|[a-z]+)$/i;

/**
 * The `<section>` attributes, safe, with local files (`background:`, `data-background-image`…) as asset markers;
 * `sourceFile`, the slide's file relative to the deck folder, goes into `data-source`.
 */
export function sectionAttributes({ source: slide, sourceFile }: Pick<RenderedSlide, 'source' | 'sourceFile'>): Record<string, string> {
  return safeSectionAttributes(markSectionAssets(writtenAttributes(slide, sourceFile), slide.range.file, slide.range.startLine).attributes);
}

/** The local files the slide's `<section>` attributes name (counted at the slide's first line). */
export function sectionAssetReferences(slide: SourceSlide): AssetReference[] {
  return markSectionAssets(writtenAttributes(slide, ''), slide.range.file, slide.range.startLine).references;
}

/** The URL the slide's own `data-preview-link` would frame when that is another site (its `<section>` then carries "false"), else undefined. */
export function refusedSectionPreview(slide: SourceSlide): string | undefined {
  const written = Object.entries(writtenAttributes(slide, ''));
  return refusedPreview('section', (name) => written.find(([key]) => key.toLowerCase() === name)?.[1], false);
}

function writtenAttributes(slide: SourceSlide, sourceFile: string): Record<string, string> {
  const { settings } = slide;
  const classes = [settings.class, settings.layout ? `layout-${settings.layout}` : undefined].filter(Boolean).join(' ');
  const attributes: Record<string, string> = { id: slide.id };
  if (classes) attributes.class = classes;
  if (settings.background) {
    attributes[COLOUR.test(settings.background) ? 'data-background-color' : 'data-background-image'] = settings.background;
  }
  if (settings.transition) attributes['data-transition'] = settings.transition;
  if (settings.section) attributes['data-section'] = settings.section;
  if (settings.tags.length > 0) attributes['data-tags'] = settings.tags.join(' ');
  if (settings.minutes !== undefined) {
    attributes['data-minutes'] = String(settings.minutes);
    // reveal.js's speaker view paces the talk by each slide's `data-timing`, in seconds.
    attributes['data-timing'] = String(slideSeconds(settings.minutes));
  }
  attributes['data-source'] = `${sourceFile}:${slide.range.startLine}-${slide.range.endLine}`;
  for (const [name, value] of Object.entries(settings.attributes)) {
    attributes[name] = name === 'class' && attributes.class ? `${attributes.class} ${value}` : value;
  }
  return attributes;
}

export function formatAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}
