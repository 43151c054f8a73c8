// Event labels as real DOM elements (clickable, findable by text and data-event-id), joined by
// d3-selection. React never touches this layer; text is set with textContent, never as HTML.
import { select } from 'd3-selection';
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

export function renderLabels(
  layer: HTMLElement,
  labels: readonly PlacedLabel[],
  state: LabelState,
): void {
  select(layer)
    .selectAll<HTMLDivElement, PlacedLabel>('div.tl-label')
    .data(labels, (label) => label.event)
    .join((enter) => enter.append('div').attr('class', LABEL_CLASS))
    .each(function update(label) {
      const id = state.catalog.events[label.event]!.id;
      if (this.dataset.eventId !== id) this.dataset.eventId = id;
      const text = state.titleOf(label.event);
      if (this.textContent !== text) this.textContent = text;
      this.style.transform = `translate(${label.xPx.toFixed(1)}px,${label.yPx}px)`;
      this.style.maxWidth = `${label.widthPx}px`;
      toggle(this, 'open', label.event === state.openIndex);
      toggle(this, 'focused', label.event === state.focusedIndex);
      toggle(this, 'dim', state.highlightMask !== null && !state.highlightMask[label.event]);
    });
}

function toggle(element: HTMLElement, key: string, on: boolean): void {
  if (on && element.dataset[key] === undefined) element.dataset[key] = '';
  else if (!on && element.dataset[key] !== undefined) delete element.dataset[key];
}
