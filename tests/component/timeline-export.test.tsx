import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/timeline/timeline';
import type { TimelineExporter } from '../../src/timeline/timeline-props';
import { createSmallCatalog, timelineProps } from '../unit/timeline/fixtures';

const catalog = createSmallCatalog();

function renderTimeline(onExportReady: (exporter: TimelineExporter | null) => void) {
  const props = timelineProps(catalog, {
    initialWindow: { startMs: Date.parse('2015-01-01'), endMs: Date.parse('2026-01-01') },
    onExportReady,
  });
  return render(<Timeline {...props} />);
}

beforeEach(() => {
  // jsdom has no canvas and no layout: no 2D context, and a plot 800 px wide.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(() => vi.restoreAllMocks());

describe('Timeline onExportReady', () => {
  it('hands over an exporter of the current view, and takes it back on unmount', () => {
    const onExportReady = vi.fn<(exporter: TimelineExporter | null) => void>();
    const view = renderTimeline(onExportReady);
    const exporter = onExportReady.mock.lastCall?.[0];
    expect(exporter).toBeTruthy();
    const doc = new DOMParser().parseFromString(exporter!.svg(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Small');
    expect(doc.querySelector('[data-part="plot"]')?.getAttribute('width')).toBe('800');
    expect(doc.querySelectorAll('[data-mark]').length).toBeGreaterThan(0);
    view.unmount();
    expect(onExportReady).toHaveBeenLastCalledWith(null);
  });

  it('reports a PNG the browser cannot draw as a rejected promise, not a throw', async () => {
    const onExportReady = vi.fn<(exporter: TimelineExporter | null) => void>();
    renderTimeline(onExportReady);
    await expect(onExportReady.mock.lastCall![0]!.png()).rejects.toThrow(/2D canvas/);
  });
});
