// Event labels as real DOM elements (clickable, findable by text and data-event-id). React
// never touches this layer; text is set with textContent, never as HTML.
import type { Catalog } from '../../data/catalog';
import type { PlacedLabel } from '../place-labels';

export const LABEL_CLASS =
  'tl-label absolute left-0 top-0 h-4 cursor-pointer select-none truncate whitespace-nowrap rounded-sm bg-white/85 ' +
  'px-0.5 text-[12px] leading-4 text-slate-800 hover:text-blue-800 hover:underline ' +
  'data-open:font-semibold data-open:text-slate-950 data-focused:text-blue-800 data-dim:opacity-40';

export interface LabelState {
  catalog: Catalog;
  titleOf: (event: number) => string;
  openIndex: number | null;
  focusedIndex: number | null;
  highlightMask: Uint8Array | null;
}

/** What each label element currently shows, so a frame only writes what changed. */
interface Shown {
  id: string;
  text: string;
  transform: string;
  maxWidth: string;
  flags: number;
}

const OPEN = 1;
const FOCUSED = 2;
const DIM = 4;

/** Per layer: the element of each label on screen, and hidden ones to reuse. */
interface LayerElements {
  /** By keyOf(label). */
  byLabel: Map<number, HTMLDivElement>;
  spare: HTMLDivElement[];
}

const layers = new WeakMap<HTMLElement, LayerElements>();
const shown = new WeakMap<HTMLDivElement, Shown>();

/**
 * Shows `labels` in `layer`, reusing each label's element from the previous frame. Runs on
 * every frame of a gesture, so it touches the DOM only where a label appeared, went, moved or
 * changed.
 *
 * A label that leaves is hidden and kept for the next one to appear, never removed: a touch
 * that began on it still sends its moves to the element it began on, and they reach the plot's
 * listeners only while that element is in the document. So there are never more elements than
 * the most labels shown at once.
 */
export function renderLabels(
  layer: HTMLElement,
  labels: readonly PlacedLabel[],
  state: LabelState,
): void {
  const previous = layers.get(layer)?.byLabel ?? new Map<number, HTMLDivElement>();
  const spare = (layers.get(layer)?.spare ?? []).filter((element) => element.parentNode === layer);
  const staying = new Set<number>();
  for (const label of labels) staying.add(keyOf(label));
  for (const [key, element] of previous) {
    if (staying.has(key) && element.parentNode === layer) continue;
    previous.delete(key);
    if (element.parentNode === layer) spare.push(retire(element));
  }
  const current = new Map<number, HTMLDivElement>();
  for (const label of labels) {
    const key = keyOf(label);
    let element = previous.get(key);
    if (!element) {
      element = spare.pop() ?? createLabel(layer);
      element.hidden = false;
    }
    current.set(key, element);
    update(element, label, state);
  }
  layers.set(layer, { byLabel: current, spare });
}

/** Empties the layer (the timeline is going away, or starting over in it). */
export function clearLabels(layer: HTMLElement): void {
  layers.delete(layer);
  layer.replaceChildren();
}

/**
 * A label is an event in a lane: grouped by organization or person, one event has a label in
 * each of its lanes, and keying by the event alone lost track of all but one of them, which
 * then stayed on screen where they were.
 */
function keyOf(label: PlacedLabel): number {
  return label.event * 65_536 + label.lane;
}

function createLabel(layer: HTMLElement): HTMLDivElement {
  const element = document.createElement('div');
  element.className = LABEL_CLASS;
  layer.append(element);
  return element;
}

/** Hidden, and blank so that nothing finds it by its event or its text. */
function retire(element: HTMLDivElement): HTMLDivElement {
  element.hidden = true;
  element.textContent = '';
  for (const key of ['eventId', 'open', 'focused', 'dim']) delete element.dataset[key];
  shown.delete(element);
  return element;
}

function update(element: HTMLDivElement, label: PlacedLabel, state: LabelState): void {
  const was = shown.get(element);
  const id = state.catalog.events[label.event]!.id;
  const text = state.titleOf(label.event);
  const transform = `translate(${label.xPx.toFixed(1)}px,${label.yPx}px)`;
  const maxWidth = `${label.widthPx}px`;
  const flags =
    (label.event === state.openIndex ? OPEN : 0) |
    (label.event === state.focusedIndex ? FOCUSED : 0) |
    (state.highlightMask !== null && !state.highlightMask[label.event] ? DIM : 0);
  if (was?.id !== id) element.dataset.eventId = id;
  if (was?.text !== text) element.textContent = text;
  if (was?.transform !== transform) element.style.transform = transform;
  if (was?.maxWidth !== maxWidth) element.style.maxWidth = maxWidth;
  if (was?.flags !== flags) {
    toggle(element, 'open', (flags & OPEN) !== 0);
    toggle(element, 'focused', (flags & FOCUSED) !== 0);
    toggle(element, 'dim', (flags & DIM) !== 0);
  }
  shown.set(element, { id, text, transform, maxWidth, flags });
}

function toggle(element: HTMLElement, key: string, on: boolean): void {
  if (on && element.dataset[key] === undefined) element.dataset[key] = '';
  else if (!on && element.dataset[key] !== undefined) delete element.dataset[key];
}
