// The per-render environment markdown-it plugins read and write (passed as markdown-it's `env`).

import type { Env } from 'markdown-it';
import type { AssetReference } from '../model/asset.js';

/** A diagram fence found while rendering, to be replaced by its SVG after rendering. */
export interface DiagramOccurrence {
  /** Unique within the deck: used as the SVG's element id and the placeholder's marker. */
  elementId: string;
  language: string;
  code: string;
  file: string;
  line: number;
  /** The layout of the slide the diagram is on (`layout:` in its frontmatter), if any. */
  layout?: string;
  /** How many columns share the slide's width where the diagram sits (1 outside columns). */
  columns: number;
}

export interface RenderEnv extends Env {
  /** File of the slide being rendered, for diagnostics and provenance. */
  file: string;
  /** File line of the first line of the Markdown being rendered. */
  firstLine: number;
  /** Filled by the diagram plugin. */
  diagrams: DiagramOccurrence[];
  /** Filled by the asset plugin: local files the Markdown names, in order. */
  assets: AssetReference[];
  /** Counts diagram codes seen so far in the deck, so repeated diagrams get distinct ids. */
  diagramCounts: Map<string, number>;
  /** The slide's layout, recorded on its diagrams (they are drawn for the figure box it gives them). */
  layout?: string;
  /** What is being rendered: a slide's body (the default) or its speaker notes. */
  part?: 'slide' | 'notes';
  /** The source page's folder relative to the deck page (e.g. `source/`): citations link to `./source/#p3`. Absent: plain references. */
  sourceHref?: string;
  /** The deck's article: a link to it goes where the article is published, never to a file of its own. Absent: no article. */
  articleLink?: ArticleLink;
}

/** Links to the deck's own article, decided where slides' local files are collected. */
export interface ArticleLink {
  /** The article as asset references name files (relative to the folder slide file paths are relative to). */
  path: string;
  /** Where a link to it goes, from the deck's page: the published copy, or the source page when no copy is published. */
  href: string;
}

/** Where the Markdown being rendered sits: the slide's layout, body or notes, and where citations and the article link. */
export type RenderPlace = Pick<RenderEnv, 'layout' | 'part' | 'sourceHref' | 'articleLink'>;

export function createRenderEnv(file: string, firstLine: number, diagramCounts = new Map<string, number>(), place: RenderPlace = {}): RenderEnv {
  return { file, firstLine, diagrams: [], assets: [], diagramCounts, ...place, part: place.part ?? 'slide' };
}

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as Partial<RenderEnv>).diagrams);
}
