// The label layer runs on every frame of a gesture: a label keeps its element while it stays
// on screen (so hover and a press in progress survive), and leaves nothing stale to find.
import { describe, expect, it } from 'vitest';
import {
  clearLabels,
  renderLabels,
  type LabelState,
} from '../../../src/timeline/render/label-layer';
import type { PlacedLabel } from '../../../src/timeline/place-labels';
import { makeCatalog } from '../../fixtures/make-dataset';

const catalog = makeCatalog();
const state = (overrides: Partial<LabelState> = {}): LabelState => ({
  catalog,
  titleOf: (event) => `Title ${event}`,
  openIndex: null,
  focusedIndex: null,
  highlightMask: null,
  ...overrides,
});
const label = (event: number, xPx: number): PlacedLabel => ({
  event,
  lane: 0,
  xPx,
  yPx: 10,
  widthPx: 120,
});
const shownEvents = (layer: HTMLElement) =>
  [...layer.children].map((element) => (element as HTMLElement).dataset.eventId);

describe('renderLabels', () => {
  it('keeps one element per label when an event has labels in two lanes', () => {
    // Grouped by organization, an event of two organizations is labelled in both lanes.
    const layer = document.createElement('div');
    const inLane = (lane: number, xPx: number): PlacedLabel => ({ ...label(3, xPx), lane });
    renderLabels(layer, [inLane(0, 10), inLane(1, 10)], state());
    renderLabels(layer, [inLane(0, 60), inLane(1, 60)], state());
    renderLabels(layer, [], state());
    const visible = [...layer.children].filter((element) => !(element as HTMLElement).hidden);
    expect(visible).toHaveLength(0);
  });

  it('moves a label that stays on screen instead of replacing it, and drops those that leave', () => {
    const layer = document.createElement('div');
    renderLabels(layer, [label(0, 10), label(1, 200)], state());
    const first = layer.children[0];
    renderLabels(layer, [label(0, 40), label(2, 300)], state());
    expect(layer.children[0]).toBe(first);
    expect((first as HTMLElement).style.transform).toBe('translate(40.0px,10px)');
    expect(shownEvents(layer)).toEqual([catalog.events[0]!.id, catalog.events[2]!.id]);
    expect(layer.textContent).toBe('Title 0Title 2');
  });

  it('keeps the element of a label that leaves in the layer, hidden, blank and reused', () => {
    // A touch that began on a label keeps sending its moves to that element: were it removed,
    // the rest of the drag would never reach the plot.
    const layer = document.createElement('div');
    renderLabels(layer, [label(0, 10), label(1, 200)], state({ openIndex: 1 }));
    const touched = layer.children[1] as HTMLElement;
    renderLabels(layer, [label(0, 40)], state({ openIndex: 1 }));
    expect(touched.parentNode).toBe(layer);
    expect(touched.hidden).toBe(true);
    expect(touched.textContent).toBe('');
    expect(touched.dataset.eventId).toBeUndefined();
    expect(touched.dataset.open).toBeUndefined();
    expect(layer.querySelectorAll('[data-event-id]')).toHaveLength(1);
    // The next label to appear takes it instead of a new element.
    renderLabels(layer, [label(0, 40), label(3, 300)], state());
    expect(layer.children).toHaveLength(2);
    expect(touched.hidden).toBe(false);
    expect(touched.dataset.eventId).toBe(catalog.events[3]!.id);
    expect(touched.textContent).toBe('Title 3');
  });

  it('marks the open, focused and dimmed labels, and unmarks them when that changes', () => {
    const layer = document.createElement('div');
    const mask = new Uint8Array(catalog.events.length);
    mask[1] = 1;
    renderLabels(
      layer,
      [label(0, 10), label(1, 200)],
      state({ openIndex: 0, focusedIndex: 1, highlightMask: mask }),
    );
    const [a, b] = [...layer.children] as HTMLElement[];
    expect(a!.dataset.open).toBe('');
    expect(a!.dataset.dim).toBe('');
    expect(b!.dataset.focused).toBe('');
    expect(b!.dataset.dim).toBeUndefined();
    renderLabels(layer, [label(0, 10), label(1, 200)], state());
    expect(a!.dataset.open).toBeUndefined();
    expect(a!.dataset.dim).toBeUndefined();
    expect(b!.dataset.focused).toBeUndefined();
  });

  it('starts over in a cleared layer', () => {
    const layer = document.createElement('div');
    renderLabels(layer, [label(0, 10)], state());
    clearLabels(layer);
    expect(layer.children).toHaveLength(0);
    renderLabels(layer, [label(0, 10)], state());
    expect(shownEvents(layer)).toEqual([catalog.events[0]!.id]);
    // Emptied by someone else: the label comes back all the same.
    layer.replaceChildren();
    renderLabels(layer, [label(0, 10)], state());
    expect(layer.children).toHaveLength(1);
  });
});
