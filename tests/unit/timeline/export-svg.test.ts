import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/data/build-catalog';
import { renderTimelineSvg } from '../../../src/timeline/export/render-timeline-svg';
import { MARK_CLUSTER, MARK_POINT } from '../../../src/timeline/layout-buffer';
import { snapshotOf, windowOf } from './export-fixtures';
import { createSmallCatalog, KINDS, SMALL_EVENTS } from './fixtures';

function parseSvg(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

const texts = (doc: Document, selector: string) =>
  Array.from(doc.querySelectorAll(selector), (node) => node.textContent);

describe('renderTimelineSvg', () => {
  const catalog = createSmallCatalog();
  const full = windowOf('2015-01-01', '2026-01-01');

  it('is a standalone SVG document as wide as the gutter and the plot, with title and legend', () => {
    const snapshot = snapshotOf(catalog, { window: full, widthPx: 900 });
    const doc = parseSvg(renderTimelineSvg(snapshot));
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(snapshot.frame.widthPx);
    expect(snapshot.frame.widthPx).toBeGreaterThanOrEqual(900 + 148);
    const plot = doc.querySelector('[data-part="plot"]')!;
    expect(Number(plot.getAttribute('width'))).toBe(900);
    expect(Number(plot.getAttribute('height'))).toBe(snapshot.plot.heightPx);
    expect(doc.querySelector('title')?.textContent).toBe('Small');
    expect(doc.querySelector('[data-part="title"]')?.textContent).toBe('Small');
    expect(texts(doc, '[data-legend-item]')).toEqual([
      'Founding',
      'Departure',
      'Launch',
      'Controversy',
    ]);
    expect(texts(doc, '[data-part="lanes"] text')).toContain('Founding');
    // Dates and the credit are held together with no-break spaces, so a wrapped footer never splits them.
    const footer = doc.querySelector('[data-part="footer"]')!.textContent!.replace(/\u00a0/g, ' ');
    expect(footer).toMatch(/^Small · January 1, 2015 – December 31, 2025 · Timeline Explorer$/);
  });

  it('draws one shape per point mark, for that mark’s event, and the axis ticks', () => {
    const snapshot = snapshotOf(catalog, { window: full, widthPx: 1400, group: 'none' });
    const { layout } = snapshot.plot;
    const pointEvents: string[] = [];
    for (let i = 0; i < layout.count; i++)
      if (layout.type[i] === MARK_POINT) pointEvents.push(catalog.events[layout.event[i]!]!.id);
    expect(pointEvents.length).toBeGreaterThan(3);
    const doc = parseSvg(renderTimelineSvg(snapshot));
    const shapes = Array.from(doc.querySelectorAll('path[data-mark="point"]'));
    expect(shapes.map((shape) => shape.getAttribute('data-event-id')).sort()).toEqual(
      pointEvents.sort(),
    );
    // The last tick, January 2026, sits on the right edge: no room for its label.
    const labels = snapshot.plot.ticks.ticks.map((tick) => tick.label);
    expect(labels.at(-1)).toBe('Jan 2026');
    expect(texts(doc, '[data-part="axis"] text')).toEqual(labels.slice(0, -1));
  });

  it('leaves out a tick label that the right edge would cut, keeping its tick', () => {
    const snapshot = snapshotOf(catalog, {
      window: windowOf('2015-01-01', '2025-01-10'),
      widthPx: 900,
    });
    const labels = snapshot.plot.ticks.ticks.map((tick) => tick.label);
    expect(labels.at(-1)).toBe('2025');
    const doc = parseSvg(renderTimelineSvg(snapshot));
    expect(texts(doc, '[data-part="axis"] text')).toEqual(labels.slice(0, -1));
    expect(doc.querySelectorAll('[data-part="axis"] rect[height="6"]')).toHaveLength(labels.length);
  });

  it('writes each cluster’s count on its pill', () => {
    const snapshot = snapshotOf(catalog, {
      window: windowOf('1990-01-01', '2030-01-01'),
      widthPx: 300,
    });
    const { layout } = snapshot.plot;
    const counts: string[] = [];
    for (let i = 0; i < layout.count; i++)
      if (layout.type[i] === MARK_CLUSTER) counts.push(String(layout.memberCount[i]));
    expect(counts.length).toBeGreaterThan(0);
    const doc = parseSvg(renderTimelineSvg(snapshot));
    expect(texts(doc, '[data-mark="cluster"] text')).toEqual(counts);
  });

  it('counts only the matches on a cluster a search highlights, and all on one it dims', () => {
    const window = windowOf('1990-01-01', '2030-01-01');
    const plain = snapshotOf(catalog, { window, widthPx: 300 }).plot.layout;
    const cluster = Array.from({ length: plain.count }, (_, i) => i).find(
      (i) => plain.type[i] === MARK_CLUSTER,
    )!;
    const countWith = (matches: number[]) => {
      const mask = new Uint8Array(catalog.events.length);
      for (const event of matches) mask[event] = 1;
      const snapshot = snapshotOf(catalog, { window, widthPx: 300, highlightMask: mask });
      return texts(parseSvg(renderTimelineSvg(snapshot)), '[data-mark="cluster"] text')[0];
    };
    const member = plain.event[cluster]!;
    const outsider = [...catalog.events.keys()].find(
      (event) => catalog.kindIndex[event] !== catalog.kindIndex[member],
    )!;
    expect(plain.memberCount[cluster]).toBeGreaterThan(1);
    expect(countWith([member])).toBe('1');
    expect(countWith([outsider])).toBe(String(plain.memberCount[cluster]));
  });

  it('shows the page’s labels, rings the open event and fades what a search does not match', () => {
    const open = catalog.indexById.get('xai-founded')!;
    const mask = new Uint8Array(catalog.events.length);
    mask[open] = 1;
    const snapshot = snapshotOf(catalog, {
      window: windowOf('2023-01-01', '2024-01-01'),
      openIndex: open,
      highlightMask: mask,
    });
    const doc = parseSvg(renderTimelineSvg(snapshot));
    const openLabel = doc.querySelector('[data-label="xai-founded"]')!;
    expect(openLabel.textContent).toBe('Title xai-founded');
    expect(openLabel.querySelector('text')!.getAttribute('font-weight')).toBe('600');
    expect(openLabel.getAttribute('opacity')).toBeNull();
    expect(doc.querySelector('[data-label="grok-1"]')!.getAttribute('opacity')).toBe('0.4');
    expect(doc.querySelectorAll('ellipse[data-ring="open"]')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-label]')).toHaveLength(snapshot.labels.length);
    expect(doc.querySelector('desc')!.textContent).toMatch(
      /^Timeline of 9 events, 1 of them matching the search, showing /,
    );
  });

  it('keeps hostile text as text: no element, no broken document', () => {
    const hostile = '</title><script>alert("x")</script> & \u0001 "quotes" \'apos\'';
    const catalog = buildCatalog({
      title: hostile,
      languages: ['en'],
      kinds: [{ ...KINDS[0]!, label: '<img src=x onerror=alert(1)>' }, ...KINDS.slice(1)],
      people: [],
      organizations: [],
      events: SMALL_EVENTS.map((event) => ({ ...event, title: `${event.id} <b>&amp;</b>` })),
    });
    const markup = renderTimelineSvg(
      snapshotOf(catalog, { window: full, widthPx: 1400, group: 'none' }),
    );
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<b>');
    const doc = parseSvg(markup);
    expect(doc.querySelectorAll('script, img, b, foreignObject')).toHaveLength(0);
    const clean = hostile.replace('\u0001', '');
    expect(doc.querySelector('title')!.textContent).toBe(clean);
    expect(texts(doc, '[data-legend-item]')[0]).toBe('<img src=x onerror=alert(1)>');
    expect(texts(doc, '[data-label]').some((text) => text?.endsWith('<b>&amp;</b>'))).toBe(true);
  });

  it('floats lane names over the plot when the page does (phone layout)', () => {
    const snapshot = snapshotOf(catalog, { window: full, widthPx: 360, compact: true });
    expect(snapshot.frame.widthPx).toBe(360 + 2 * snapshot.frame.paddingPx);
    const doc = parseSvg(renderTimelineSvg(snapshot));
    expect(texts(doc, '[data-part="plot"] [data-part="lanes"] text')).toEqual([
      'Founding',
      'Departure',
      'Launch',
      'Controversy',
    ]);
    // No gutter: the only lane names are the ones inside the plot.
    expect(doc.querySelectorAll('[data-part="lanes"]')).toHaveLength(1);
  });

  it('says so when no event passes the filters', () => {
    const snapshot = snapshotOf(catalog, { window: full, visibleIndexes: new Uint32Array(0) });
    const doc = parseSvg(renderTimelineSvg(snapshot));
    expect(doc.querySelector('[data-part="plot"]')!.textContent).toContain('No events to show');
    expect(doc.querySelectorAll('[data-mark]')).toHaveLength(0);
  });

  it('speaks the reader’s language', () => {
    const doc = parseSvg(renderTimelineSvg(snapshotOf(catalog, { window: full, lang: 'ru' })));
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ru');
    expect(texts(doc, '[data-legend-item]')).toEqual(['Основание', 'Уход', 'Запуск', 'Спор']);
    expect(doc.querySelector('desc')!.textContent).toMatch(/^Лента времени, событий: 9;/);
  });
});
