// Applies a recompiled deck to the open page in place, keeping the current slide (dev hot updates).

import type { RevealApi } from 'reveal.js';
import type { SectionHtml as SectionUpdate, SlideUpdate } from '../site/slide-update.js';
import { markFlatSlides } from './flat-slides.js';

/** Classes and attributes reveal.js manages on a section; a patch keeps them. */
const REVEAL_STATE_CLASSES = ['present', 'past', 'future', 'stack', 'visible'];
const REVEAL_STATE_ATTRIBUTES = ['style', 'hidden', 'aria-hidden', 'data-index-h', 'data-index-v', 'data-previous-indexv'];

export function applyDeckUpdate(reveal: RevealApi, updates: readonly SectionUpdate[]): void {
  const slidesElement = reveal.getSlidesElement();
  if (!slidesElement) return;
  const currentId = reveal.getCurrentSlide()?.id;
  const { h, v, f } = reveal.getIndices();
  const existing = slideSections(slidesElement);
  const sameShape =
    existing.length === updates.length &&
    updates.every((u, i) => existing[i]!.id === u.id && positionOf(existing[i]!).h === u.h && positionOf(existing[i]!).v === u.v);

  if (sameShape) {
    updates.forEach((update, index) => patchSection(existing[index]!, parseSection(update.html)));
  } else {
    slidesElement.replaceChildren(...buildStacks(updates));
  }
  markPatchedDeck(reveal);
  reveal.sync();
  const target = currentId ? document.getElementById(currentId) : null;
  if (target && slidesElement.contains(target)) {
    const indices = reveal.getIndices(target);
    reveal.slide(indices.h, indices.v, sameShape ? f : undefined);
  } else {
    reveal.slide(h, v);
  }
}

/**
 * Applies what a hot update sent: the whole deck when its shape changed, else just the changed slides, each in
 * place of the slide with its id. False when a changed slide is not on the page (the page is behind: reload it).
 */
export function applySlideUpdate(reveal: RevealApi, update: SlideUpdate): boolean {
  if (update.full) {
    applyDeckUpdate(reveal, update.sections);
    return true;
  }
  const targets = update.sections.map((section) => document.getElementById(section.id));
  if (!targets.every((target): target is HTMLElement => target instanceof HTMLElement && target.tagName === 'SECTION')) return false;
  if (update.sections.length === 0) return true;
  const { f } = reveal.getIndices();
  update.sections.forEach((section, index) => patchSection(targets[index]!, parseSection(section.html)));
  // The slide set is unchanged: each patched slide's backgrounds and fragments are synced (a full sync rebuilds every
  // slide's background and costs tens of milliseconds). Only the patched slides get their fragments shown as the
  // presenter left them; moving to the same slide again would restyle every slide of the deck.
  for (const target of targets) reveal.syncSlide(target);
  const current = reveal.getCurrentSlide();
  const fragmentsOn = reveal.getConfig().fragments !== false;
  for (const target of targets) {
    // A slide already shown has all its fragments out, as reveal.js leaves it; a later one has none (as sent).
    if (!fragmentsOn || (target !== current && alreadyShown(target))) showAllFragments(target);
  }
  markPatchedDeck(reveal);
  if (current && targets.includes(current)) {
    // The slide on screen is laid out again (its new content may change how it is centred or stretched), at the fragment the presenter was on.
    reveal.layout();
    if (fragmentsOn && f !== undefined) reveal.navigateFragment(f);
  }
  return true;
}

/** Before the current slide: itself, or the stack it is in (reveal.js marks only the current stack's slides). */
function alreadyShown(slide: HTMLElement): boolean {
  const stack = slide.parentElement?.tagName === 'SECTION' ? slide.parentElement : undefined;
  return slide.classList.contains('past') || stack?.classList.contains('past') === true;
}

function showAllFragments(slide: HTMLElement): void {
  for (const fragment of slide.querySelectorAll('.fragment')) {
    fragment.classList.add('visible');
    fragment.classList.remove('current-fragment');
  }
}

/** A patched slide may have gained or lost a transition of its own. */
function markPatchedDeck(reveal: RevealApi): void {
  const slidesElement = reveal.getSlidesElement();
  if (slidesElement?.parentElement) markFlatSlides(slidesElement.parentElement, slidesElement);
}

/** Leaf slides (sections without child sections), in document order. */
function slideSections(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('section')].filter((s) => !s.querySelector('section'));
}

function positionOf(section: HTMLElement): { h: number; v: number } {
  const parent = section.parentElement;
  const top = parent?.tagName === 'SECTION' ? parent : section;
  const h = [...(top.parentElement?.children ?? [])].indexOf(top);
  const v = top === section ? 0 : [...top.children].indexOf(section);
  return { h, v };
}

function parseSection(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const section = template.content.firstElementChild;
  if (!(section instanceof HTMLElement)) throw new Error('a deck update held no <section>');
  return section;
}

function patchSection(target: HTMLElement, source: HTMLElement): void {
  if (target.innerHTML !== source.innerHTML) target.replaceChildren(...source.childNodes);
  for (const attribute of [...target.attributes]) {
    if (!source.hasAttribute(attribute.name) && !REVEAL_STATE_ATTRIBUTES.includes(attribute.name) && attribute.name !== 'class') {
      target.removeAttribute(attribute.name);
    }
  }
  for (const attribute of [...source.attributes]) {
    if (attribute.name !== 'class') target.setAttribute(attribute.name, attribute.value);
  }
  const state = REVEAL_STATE_CLASSES.filter((c) => target.classList.contains(c));
  target.className = [...source.classList, ...state].join(' ');
}

/** Horizontal sections, with vertical neighbours grouped into stacks. */
function buildStacks(updates: readonly SectionUpdate[]): HTMLElement[] {
  const stacks: HTMLElement[][] = [];
  for (const update of updates) {
    const section = parseSection(update.html);
    if (update.v > 0 && stacks.length > 0) stacks.at(-1)!.push(section);
    else stacks.push([section]);
  }
  return stacks.map((group) => {
    if (group.length === 1) return group[0]!;
    const stack = document.createElement('section');
    stack.className = 'stack';
    stack.append(...group);
    return stack;
  });
}
