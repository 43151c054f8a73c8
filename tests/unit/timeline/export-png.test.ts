import { describe, expect, it } from 'vitest';
import { renderTimelinePng } from '../../../src/timeline/export/render-timeline-png';
import { snapshotOf, windowOf } from './export-fixtures';
import { createSmallCatalog } from './fixtures';

/** A 2D context that records every call (jsdom has none): enough to see what the PNG would hold. */
function createRecordingCanvas() {
  const calls: { name: string; args: unknown[] }[] = [];
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      return (...args: unknown[]) => calls.push({ name: String(key), args });
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => ctx,
    toBlob: (done: (blob: Blob | null) => void, type: string) => done(new Blob(['png'], { type })),
  };
  const texts = () => calls.filter((call) => call.name === 'fillText').map((call) => call.args[0]);
  return { canvas: canvas as unknown as HTMLCanvasElement, calls, texts };
}

describe('renderTimelinePng', () => {
  const catalog = createSmallCatalog();
  const open = catalog.indexById.get('xai-founded')!;
  const snapshot = snapshotOf(catalog, {
    window: windowOf('2015-01-01', '2026-01-01'),
    openIndex: open,
  });

  it('draws at twice the page’s pixels at least, and hands back a PNG blob', async () => {
    const recording = createRecordingCanvas();
    const blob = await renderTimelinePng(snapshot, {
      pixelRatio: 1,
      createCanvas: () => recording.canvas,
    });
    expect(blob.type).toBe('image/png');
    expect(recording.canvas.width).toBe(Math.round(snapshot.frame.widthPx * 2));
    expect(recording.canvas.height).toBe(Math.round(snapshot.frame.heightPx * 2));
  });

  it('holds the same texts as the page: title, legend, lane names, axis, labels, footer', async () => {
    const recording = createRecordingCanvas();
    await renderTimelinePng(snapshot, { createCanvas: () => recording.canvas });
    const drawn = recording.texts();
    expect(drawn).toContain('Small');
    for (const kind of ['Founding', 'Departure', 'Launch', 'Controversy'])
      expect(drawn).toContain(kind);
    // Every tick label but the last, 2026, whose tick is on the right edge.
    const ticks = snapshot.plot.ticks.ticks.map((tick) => tick.label);
    expect(ticks.at(-1)).toBe('2026');
    for (const label of ticks.slice(0, -1)) expect(drawn).toContain(label);
    expect(drawn).not.toContain('2026');
    expect(snapshot.labels.length).toBeGreaterThan(0);
    for (const label of snapshot.labels) expect(drawn).toContain(label.text);
    for (const line of snapshot.frame.footerLines) expect(drawn).toContain(line.text);
    // The open event's ring comes from the screen's own drawing pass.
    expect(recording.calls.some((call) => call.name === 'ellipse')).toBe(true);
  });

  it('rejects when the browser gives no 2D context', async () => {
    const canvas = { getContext: () => null } as unknown as HTMLCanvasElement;
    await expect(renderTimelinePng(snapshot, { createCanvas: () => canvas })).rejects.toThrow(/2D/);
  });
});
