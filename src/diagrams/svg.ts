// Post-process a mermaid SVG for slides: role=img, title/desc wired to aria, scale-to-box sizing, page-unique ids.

import type { DiagramAccessibility } from './a11y.js';
import { escapeHtml } from '../render/escape-html.js';

/** The sizing every diagram gets: fill the box it is placed in, keep its aspect ratio (viewBox). */
export const DIAGRAM_SVG_STYLE = 'max-width:100%;max-height:100%';

interface Attribute {
  name: string;
  value: string;
}

const ROOT_TAG = /^\s*<svg\b([^>]*)>/;
const ATTRIBUTE = /([^\s=]+)(?:\s*=\s*"([^"]*)")?/g;
const LEADING_TITLE = /^\s*<title\b([^>]*)>[\s\S]*?<\/title>/;
const LEADING_DESC = /^\s*<desc\b([^>]*)>[\s\S]*?<\/desc>/;
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;

function parseAttributes(source: string): Attribute[] {
  return [...source.matchAll(ATTRIBUTE)].map((match) => ({ name: match[1] ?? '', value: match[2] ?? '' }));
}

function serializeAttributes(attributes: readonly Attribute[]): string {
  return attributes.map(({ name, value }) => ` ${name}="${value}"`).join('');
}

function setAttribute(attributes: Attribute[], name: string, value: string): void {
  const existing = attributes.find((attribute) => attribute.name === name);
  if (existing) existing.value = value;
  else attributes.push({ name, value });
}

function getAttribute(attributes: readonly Attribute[], name: string): string | undefined {
  return attributes.find((attribute) => attribute.name === name)?.value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches `id` as a whole token inside ids, selectors and references: `d-abc` matches in `#d-abc .node`,
 * `d-abc_flowchart-v2-pointEnd` and `chart-title-d-abc`, but not in `d-abcd` or `xd-abc`.
 */
export function idTokenPattern(id: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(id)}(?![A-Za-z0-9])`, 'g');
}

function idOf(tagAttributes: string): string | undefined {
  return /\bid="([^"]*)"/.exec(tagAttributes)?.[1];
}

/**
 * Mermaid prefixes most ids with the svg id, but not all (sequence diagrams emit `actor0`, `root-0`…),
 * which collide when two such diagrams share a page. Prefix the stray ones and their `#id` references.
 */
export function scopeStrayIds(svg: string, svgId: string): string {
  const stray = new Set<string>();
  for (const match of svg.matchAll(ID_ATTRIBUTE)) {
    const id = match[1] ?? '';
    if (!idTokenPattern(svgId).test(id)) stray.add(id);
  }
  let scoped = svg;
  for (const id of stray) {
    const scopedId = `${svgId}-${id}`;
    scoped = scoped
      .split(` id="${id}"`)
      .join(` id="${scopedId}"`)
      .split(`url(#${id})`)
      .join(`url(#${scopedId})`)
      .split(`href="#${id}"`)
      .join(`href="#${scopedId}"`);
  }
  return scoped;
}

/** A human role description from mermaid's internal type name: `flowchart-v2` → `flowchart diagram`. */
function roleDescription(mermaidType: string | undefined): string | undefined {
  if (!mermaidType) return undefined;
  const type = mermaidType.replace(/-v\d+$/, '');
  return type.endsWith('diagram') || type.endsWith('Diagram') ? type : `${type} diagram`;
}

function viewBoxFromSize(attributes: readonly Attribute[]): string | undefined {
  const width = Number.parseFloat(getAttribute(attributes, 'width') ?? '');
  const height = Number.parseFloat(getAttribute(attributes, 'height') ?? '');
  const isPixelSize = (value: string | undefined): boolean => value !== undefined && !value.trim().endsWith('%');
  if (!isPixelSize(getAttribute(attributes, 'width')) || !isPixelSize(getAttribute(attributes, 'height'))) return undefined;
  return width > 0 && height > 0 ? `0 0 ${width} ${height}` : undefined;
}

/**
 * Make a mermaid SVG ready to inline in a slide:
 * - `role="img"` with a human `aria-roledescription`;
 * - `<title>`/`<desc>` first, referenced by `aria-labelledby`/`aria-describedby`: mermaid 11 emits them
 *   from accTitle/accDescr; the missing ones are filled from `accessibility` (read from the code);
 * - no fixed `width`/`height`; the viewBox is kept and `style` lets it scale to its box;
 * - ids that mermaid left unscoped get the svg id as prefix, so `reidSvg` can make each copy unique.
 * Throws when the input has no root `<svg>` or no viewBox can be found.
 */
export function finishDiagramSvg(svg: string, accessibility: DiagramAccessibility = {}): string {
  const root = ROOT_TAG.exec(svg);
  if (!root) throw new Error('finishDiagramSvg: the input does not start with an <svg> element');
  const attributes = parseAttributes(root[1] ?? '');
  const svgId = getAttribute(attributes, 'id');
  if (!svgId) throw new Error('finishDiagramSvg: the <svg> element has no id');

  const viewBox = getAttribute(attributes, 'viewBox') ?? viewBoxFromSize(attributes);
  if (!viewBox) throw new Error(`finishDiagramSvg: <svg id="${svgId}"> has neither a viewBox nor a pixel size`);

  let body = svg.slice(root[0].length);
  const head: string[] = [];

  const title = LEADING_TITLE.exec(body);
  let titleId: string | undefined;
  if (title) {
    titleId = idOf(title[1] ?? '');
    let element = title[0].trimStart();
    if (!titleId) {
      titleId = `${svgId}-title`;
      element = element.replace(/^<title\b/, `<title id="${titleId}"`);
    }
    head.push(element);
    body = body.slice(title[0].length);
  } else if (accessibility.title) {
    titleId = `${svgId}-title`;
    head.push(`<title id="${titleId}">${escapeHtml(accessibility.title)}</title>`);
  }

  const desc = LEADING_DESC.exec(body);
  let descId: string | undefined;
  if (desc) {
    descId = idOf(desc[1] ?? '');
    let element = desc[0].trimStart();
    if (!descId) {
      descId = `${svgId}-desc`;
      element = element.replace(/^<desc\b/, `<desc id="${descId}"`);
    }
    head.push(element);
    body = body.slice(desc[0].length);
  } else if (accessibility.description) {
    descId = `${svgId}-desc`;
    head.push(`<desc id="${descId}">${escapeHtml(accessibility.description)}</desc>`);
  }

  const kept = attributes.filter(
    ({ name }) =>
      !['width', 'height', 'style', 'role', 'aria-labelledby', 'aria-describedby', 'aria-roledescription'].includes(name),
  );
  setAttribute(kept, 'viewBox', viewBox);
  setAttribute(kept, 'role', 'img');
  const description = roleDescription(getAttribute(attributes, 'aria-roledescription'));
  if (description) setAttribute(kept, 'aria-roledescription', description);
  if (titleId) setAttribute(kept, 'aria-labelledby', titleId);
  if (descId) setAttribute(kept, 'aria-describedby', descId);
  setAttribute(kept, 'style', DIAGRAM_SVG_STYLE);

  return scopeStrayIds(`<svg${serializeAttributes(kept)}>${head.join('')}${body}`, svgId);
}

/** The width and height of the root svg's viewBox, or undefined when it has none. */
export function svgViewBoxSize(svg: string): { width: number; height: number } | undefined {
  const root = ROOT_TAG.exec(svg);
  const viewBox = root ? getAttribute(parseAttributes(root[1] ?? ''), 'viewBox') : undefined;
  const [, , width, height] = (viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  return width !== undefined && height !== undefined && width > 0 && height > 0 ? { width, height } : undefined;
}

/** The svg with its root `style` attribute replaced. */
export function withRootStyle(svg: string, style: string): string {
  const root = ROOT_TAG.exec(svg);
  if (!root) throw new Error('withRootStyle: the input does not start with an <svg> element');
  const attributes = parseAttributes(root[1] ?? '');
  setAttribute(attributes, 'style', escapeHtml(style));
  return `<svg${serializeAttributes(attributes)}>${svg.slice(root[0].length)}`;
}
