// The remix view: every slide as a live mini-slide to tick, untick and reorder (mouse or keyboard), with a running time
// total, a link that presents exactly the selection, and the manifest that builds it.

import './remix.css';
import { DEFAULT_SLIDE_MINUTES } from '../../model/deck.js';
import type { SlideIndexEntry, PageData } from '../page-data.js';
import { manifestYaml } from '../../briefing/manifest-yaml.js';
import { formatDuration } from '../../briefing/timing.js';
import { slugify } from '../../parse/slug.js';
import { initialState, move, moveTo, selectedIds, selectedMinutes, toggle, type RemixState } from './remix-state.js';

export function startRemixView(page: PageData): void {
  const entries = new Map(page.slideIndex.map((entry) => [entry.id, entry]));
  const minutesOf = (id: string): number => entries.get(id)?.minutes || DEFAULT_SLIDE_MINUTES;
  const sections = new Map([...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].map((s) => [s.id, s]));
  let state = initialState(page.slideIndex.map((e) => e.id));

  const view = element('main', { className: 'remix' });
  const heading = element('h1', { textContent: `Remix: ${page.title}` });
  const help = element('p', {
    className: 'remix-help',
    textContent: 'Tick the slides for a briefing and arrange them: drag, or focus a slide and press Space to tick, Alt+↑/↓ to move.',
  });
  const titleInput = element('input', { type: 'text', value: `${page.title} — briefing`, id: 'remix-title' });
  const budgetInput = element('input', { type: 'number', min: '1', step: '0.5', value: '5', id: 'remix-budget' });
  const total = element('output', { id: 'remix-total' });
  const present = element('a', { id: 'remix-present', textContent: 'Present selection' });
  const download = element('a', { id: 'remix-download', textContent: 'Download manifest' });
  const list = element('ol', { className: 'remix-list', id: 'remix-list' });
  const toolbar = element('div', { className: 'remix-toolbar' }, [
    label('Title', titleInput),
    label('Budget (min)', budgetInput),
    total,
    present,
    download,
  ]);
  view.append(heading, help, toolbar, list);
  document.querySelector('.reveal')?.setAttribute('hidden', '');
  document.body.append(view);

  const items = new Map(page.slideIndex.map((entry) => [entry.id, slideItem(entry, sections.get(entry.id), minutesOf(entry.id))]));

  const update = (next: RemixState, focus?: string): void => {
    state = next;
    list.replaceChildren(...state.order.map((id) => items.get(id)!));
    for (const [id, item] of items) {
      const ticked = state.ticked.has(id);
      item.classList.toggle('ticked', ticked);
      item.setAttribute('aria-checked', String(ticked));
      item.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked = ticked;
    }
    const ids = selectedIds(state);
    const minutes = selectedMinutes(state, minutesOf);
    const budget = Number(budgetInput.value);
    total.textContent = `${ids.length} slides · ${formatDuration(minutes)} of ${formatDuration(budget)}`;
    total.classList.toggle('over-budget', minutes > budget);
    present.href = `../?select=${encodeURIComponent(ids.join(','))}`;
    present.toggleAttribute('aria-disabled', ids.length === 0);
    const yaml = manifestYaml({ title: titleInput.value.trim() || page.title, budget, ids, pins: Object.fromEntries(ids.map((id) => [id, entries.get(id)!.pin])) });
    URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    download.download = `${slugify(titleInput.value) || 'briefing'}.yaml`;
    if (focus) items.get(focus)?.focus();
  };

  list.addEventListener('change', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-id]');
    if (item) update(toggle(state, item.dataset.id!));
  });
  list.addEventListener('keydown', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-id]');
    if (!item || event.target !== item) return;
    const id = item.dataset.id!;
    if (event.key === ' ' || event.key === 'Enter') update(toggle(state, id), id);
    else if (event.altKey && event.key === 'ArrowUp') update(move(state, id, -1), id);
    else if (event.altKey && event.key === 'ArrowDown') update(move(state, id, 1), id);
    else if (event.key === 'ArrowUp') (item.previousElementSibling as HTMLElement | null)?.focus();
    else if (event.key === 'ArrowDown') (item.nextElementSibling as HTMLElement | null)?.focus();
    else return;
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
    const item = button?.closest<HTMLElement>('li[data-id]');
    if (button && item) update(move(state, item.dataset.id!, Number(button.dataset.move)), item.dataset.id);
  });
  list.addEventListener('dragstart', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-id]');
    if (item && event.dataTransfer) {
      event.dataTransfer.setData('text/plain', item.dataset.id!);
      event.dataTransfer.effectAllowed = 'move';
    }
  });
  list.addEventListener('dragover', (event) => event.preventDefault());
  list.addEventListener('drop', (event) => {
    event.preventDefault();
    const id = event.dataTransfer?.getData('text/plain');
    const target = (event.target as HTMLElement).closest<HTMLElement>('li[data-id]');
    if (id && target && target.dataset.id !== id) update(moveTo(state, id, state.order.indexOf(target.dataset.id!)), id);
  });
  titleInput.addEventListener('input', () => update(state));
  budgetInput.addEventListener('input', () => update(state));
  update(state);
  document.documentElement.dataset.deckReady = 'true';
}

function slideItem(entry: SlideIndexEntry, section: HTMLElement | undefined, minutes: number): HTMLLIElement {
  const checkbox = element('input', { type: 'checkbox', tabIndex: -1 });
  checkbox.setAttribute('aria-label', `Include “${entry.title || entry.id}”`);
  const thumb = element('div', { className: 'reveal remix-thumb' }, [element('div', { className: 'slides' }, section ? [cloneForThumb(section)] : [])]);
  thumb.setAttribute('aria-hidden', 'true');
  const facts = element('div', { className: 'remix-facts' }, [
    element('strong', { textContent: entry.title || entry.id }),
    element('code', { textContent: entry.id }),
    element('span', { textContent: [entry.section, ...entry.tags.map((t) => `#${t}`)].filter(Boolean).join(' ') }),
    element('span', { textContent: formatDuration(minutes) }),
  ]);
  const moves = element('div', { className: 'remix-moves' }, [
    element('button', { type: 'button', textContent: '↑', title: 'Move up' }),
    element('button', { type: 'button', textContent: '↓', title: 'Move down' }),
  ]);
  moves.children[0]!.setAttribute('data-move', '-1');
  moves.children[1]!.setAttribute('data-move', '1');
  const item = element('li', { tabIndex: 0, draggable: true }, [checkbox, thumb, facts, moves]);
  item.dataset.id = entry.id;
  item.setAttribute('role', 'checkbox');
  item.setAttribute('aria-label', `${entry.title || entry.id}, ${formatDuration(minutes)}`);
  return item;
}

/**
 * A copy of the slide without notes, so the page keeps unique ids: ids are dropped, except in diagrams,
 * whose SVG styles, markers and gradients find their parts by id: those are renamed with a prefix,
 * together with every reference to them.
 */
function cloneForThumb(section: HTMLElement): HTMLElement {
  const copy = section.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('aside.notes').forEach((notes) => notes.remove());
  copy.querySelectorAll<SVGSVGElement>('svg[id]').forEach(renameSvgIds);
  copy.removeAttribute('id');
  copy.querySelectorAll('[id]').forEach((node) => {
    if (!node.closest('svg')) node.removeAttribute('id');
  });
  copy.classList.add('present');
  return copy;
}

const THUMB_PREFIX = 'remix-thumb-';

/** Mermaid scopes a diagram's ids under the SVG's own (`d-abc…`, `d-abc…-gradient`): all are renamed alike. */
function renameSvgIds(svg: SVGSVGElement): void {
  const scope = svg.id;
  const renamed = `${THUMB_PREFIX}${scope}`;
  for (const node of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const attribute of Array.from(node.attributes)) {
      if (attribute.value.includes(scope)) node.setAttribute(attribute.name, attribute.value.split(scope).join(renamed));
    }
    if (node instanceof SVGStyleElement || node instanceof HTMLStyleElement) node.textContent = (node.textContent ?? '').split(scope).join(renamed);
  }
}

function label(text: string, control: HTMLElement): HTMLLabelElement {
  return element('label', {}, [element('span', { textContent: text }), control]);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
