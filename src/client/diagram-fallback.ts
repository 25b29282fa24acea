// Browser fallback for decks built without Chromium: render pending Mermaid placeholders lazily, or all before print.
//
// Placeholder contract (what the build writes when it could not render a diagram):
//
//   <figure class="diagram" data-diagram-pending data-diagram-id="d-0123456789-2"
//           data-code="flowchart LR&#10;  A --&gt; B">
//     <figcaption>…optional…</figcaption>
//   </figure>
//
// - The Mermaid source is in `data-code`, HTML-attribute-escaped. Chosen over a
//   `<script type="text/plain">` child because attribute escaping is lossless (a script body cannot
//   contain `</script`) and the browser hands the code back unescaped via `dataset.code`.
// - `data-diagram-id` is the element id the build gave this occurrence: `d-` and a hash of the code, with
//   `-2`, `-3`… for repeats of the same code on a page (`occurrenceId`); a figure written by hand without it
//   gets `diagram-<n>`, from its position among all `figure.diagram` elements.
// - While rendering the figure carries `data-diagram-rendering`; afterwards `data-diagram-rendered`
//   (the SVG is inserted before any figcaption, other children are replaced) or `data-diagram-error`
//   (a `<pre class="diagram-error">` with mermaid's message).
//
// Diagrams are rendered with `mermaid.render(id, code)` into no container: mermaid measures on <body>,
// which is stable, whereas measuring inside a hidden or scaled reveal.js slide is not.

import type { RevealApi } from 'reveal.js';
import type { Mermaid, MermaidConfig } from 'mermaid';
import { diagramAccessibility } from '../diagrams/a11y.js';
import { effectiveMermaidConfig } from '../diagrams/mermaid-config.js';
import { finishDiagramSvg } from '../diagrams/svg.js';

export const PENDING_DIAGRAM_SELECTOR = 'figure.diagram[data-diagram-pending]';
const TOOLTIP_STYLE_ID = 'briefdeck-hide-mermaid-tooltip';

export interface DiagramFallbackOptions {
  /** Theme colours and fonts (from `mermaidConfigForTheme`); securityLevel and startOnLoad are forced. */
  mermaidConfig?: MermaidConfig;
  /** How to get mermaid; default: a lazy `import('mermaid')`, so decks without pending diagrams never load it. */
  loadMermaid?: () => Promise<Mermaid>;
}

export interface DiagramFallbackReport {
  rendered: number;
  failed: number;
}

export interface DiagramFallbackController {
  /** Resolves once every render started so far has finished. */
  whenIdle(): Promise<void>;
  /** Stop listening to reveal.js events. */
  destroy(): void;
}

/** True when the page was opened for PDF printing (`?print-pdf`). */
export function isPrintPdf(search: string = location.search): boolean {
  return new URLSearchParams(search).has('print-pdf');
}

function defaultLoadMermaid(): Promise<Mermaid> {
  return import('mermaid').then((module) => module.default);
}

/** Mermaid's tooltip div is appended to <body>; visible, it adds a blank last page to PDFs. */
function hideMermaidTooltip(doc: Document): void {
  if (doc.getElementById(TOOLTIP_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = TOOLTIP_STYLE_ID;
  style.textContent = '.mermaidTooltip{display:none!important}';
  doc.head.append(style);
}

/** Mermaid, imported and initialized once per caller (memoized in the returned closure, not the module). */
function mermaidLoader(options: DiagramFallbackOptions): () => Promise<Mermaid> {
  let loading: Promise<Mermaid> | undefined;
  return () => {
    loading ??= (async () => {
      const mermaid = await (options.loadMermaid ?? defaultLoadMermaid)();
      const config = effectiveMermaidConfig(options.mermaidConfig ?? {});
      mermaid.initialize(config);
      // Text is measured with the fonts available now: load the deck font first.
      if (config.fontFamily) {
        await Promise.allSettled([
          document.fonts.load(`16px ${config.fontFamily}`),
          document.fonts.load(`bold 16px ${config.fontFamily}`),
        ]);
      }
      await document.fonts.ready;
      return mermaid;
    })();
    return loading;
  };
}

function diagramIdFor(figure: HTMLElement): string {
  const fromBuild = figure.dataset['diagramId'];
  if (fromBuild) return fromBuild;
  const all = [...figure.ownerDocument.querySelectorAll('figure.diagram')];
  return `diagram-${all.indexOf(figure) + 1}`;
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

function replaceContent(figure: HTMLElement, content: Node): void {
  for (const child of [...figure.children]) if (child.tagName !== 'FIGCAPTION') child.remove();
  for (const node of [...figure.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
  figure.prepend(content);
}

/** Render one placeholder; true on success. Claims the figure first so concurrent calls never render it twice. */
async function renderFigure(figure: HTMLElement, loadMermaid: () => Promise<Mermaid>): Promise<boolean> {
  if (!figure.hasAttribute('data-diagram-pending')) return true;
  figure.removeAttribute('data-diagram-pending');
  figure.setAttribute('data-diagram-rendering', '');
  const code = figure.dataset['code'] ?? '';
  try {
    const mermaid = await loadMermaid();
    hideMermaidTooltip(figure.ownerDocument);
    await mermaid.parse(code);
    const { svg } = await mermaid.render(diagramIdFor(figure), code);
    const template = figure.ownerDocument.createElement('template');
    template.innerHTML = finishDiagramSvg(svg, diagramAccessibility(code));
    replaceContent(figure, template.content);
    figure.setAttribute('data-diagram-rendered', '');
    return true;
  } catch (error) {
    const message = figure.ownerDocument.createElement('pre');
    message.className = 'diagram-error';
    message.textContent = `Diagram error: ${errorMessage(error)}`;
    replaceContent(figure, message);
    figure.setAttribute('data-diagram-error', '');
    return false;
  } finally {
    figure.removeAttribute('data-diagram-rendering');
  }
}

async function renderFigures(
  figures: readonly HTMLElement[],
  loadMermaid: () => Promise<Mermaid>,
): Promise<DiagramFallbackReport> {
  const report: DiagramFallbackReport = { rendered: 0, failed: 0 };
  for (const figure of figures) {
    if (!figure.hasAttribute('data-diagram-pending')) continue;
    if (await renderFigure(figure, loadMermaid)) report.rendered++;
    else report.failed++;
  }
  return report;
}

function pendingIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(PENDING_DIAGRAM_SELECTOR)];
}

/**
 * Render every pending diagram under `root`, one after another. In print mode the boot code awaits
 * this BEFORE `Reveal.initialize()`: diagrams laid out after reveal's print layout are clipped.
 */
export async function renderAllPendingDiagrams(
  root: ParentNode = document,
  options: DiagramFallbackOptions = {},
): Promise<DiagramFallbackReport> {
  const figures = pendingIn(root);
  if (figures.length === 0) return { rendered: 0, failed: 0 };
  return renderFigures(figures, mermaidLoader(options));
}

/** The current slide and its neighbours in reading order and across stacks. */
function slidesAround(reveal: RevealApi): HTMLElement[] {
  const current = reveal.getCurrentSlide();
  if (!current) return [];
  const slides = reveal.getSlides();
  const index = slides.indexOf(current);
  const { h } = reveal.getIndices(current);
  const around = [current, slides[index + 1], slides[index - 1], reveal.getSlide(h + 1), reveal.getSlide(h - 1)];
  return [...new Set(around.filter((slide): slide is HTMLElement => slide instanceof HTMLElement))];
}

/**
 * Lazily render pending diagrams on the current slide and its neighbours, on `ready` and
 * `slidechanged` (all of them when the overview opens). For print, use renderAllPendingDiagrams.
 */
export function createDiagramFallback(
  reveal: RevealApi,
  options: DiagramFallbackOptions = {},
): DiagramFallbackController {
  const loadMermaid = mermaidLoader(options);
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = (figures: HTMLElement[]): void => {
    if (figures.length === 0) return;
    queue = queue.then(() => renderFigures(figures, loadMermaid));
  };
  const renderAround = (): void => enqueue(slidesAround(reveal).flatMap(pendingIn));
  const renderAll = (): void => {
    const slidesElement = reveal.getSlidesElement();
    if (slidesElement) enqueue(pendingIn(slidesElement));
  };

  reveal.on('ready', renderAround);
  reveal.on('slidechanged', renderAround);
  reveal.on('overviewshown', renderAll);
  if (reveal.isReady()) renderAround();

  return {
    whenIdle: async () => {
      let seen: Promise<unknown>;
      do {
        seen = queue;
        await seen;
      } while (seen !== queue);
    },
    destroy: () => {
      reveal.off('ready', renderAround);
      reveal.off('slidechanged', renderAround);
      reveal.off('overviewshown', renderAll);
    },
  };
}
