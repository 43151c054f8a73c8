// A click on a cluster zooms in when zooming can separate its events, and lists them when it
// cannot: events that all start at one instant ("2010" and "2010-01") stay one mark at any
// zoom. Zoomed in close, such a cluster once zoomed to the same view first, so the first tap
// did nothing anyone could see.
import { describe, expect, it } from 'vitest';
import type { MarkHit } from '../../../src/timeline/find-mark-at';
import { MARK_CLUSTER } from '../../../src/timeline/layout-buffer';
import { clusterZoomTarget } from '../../../src/timeline/render/renderer-pointer';
import { computeZoomBounds } from '../../../src/timeline/time-scale';

const at = (iso: string) => Date.parse(iso);
const bounds = computeZoomBounds([at('2000-01-01'), at('2020-01-01')]);
const cluster = (startMs: number, endMs: number): MarkHit => ({
  mark: 0,
  type: MARK_CLUSTER,
  lane: 0,
  event: 0,
  count: 11,
  from: 0,
  startMs,
  endMs,
});

describe('clusterZoomTarget', () => {
  it('lists events that start at one instant, however wide or close the view', () => {
    const oneInstant = cluster(at('2010-01-01'), at('2010-01-01'));
    for (const window of [
      { startMs: at('2000-01-01'), endMs: at('2020-01-01') },
      { startMs: at('2009-12-31'), endMs: at('2010-01-02') },
    ])
      expect(clusterZoomTarget(oneInstant, window, bounds)).toBeNull();
  });

  it('zooms in on events spread over time, around them', () => {
    const spread = cluster(at('2010-01-01'), at('2010-03-01'));
    const target = clusterZoomTarget(
      spread,
      { startMs: at('2000-01-01'), endMs: at('2020-01-01') },
      bounds,
    )!;
    expect(target.startMs).toBeLessThan(spread.startMs);
    expect(target.endMs).toBeGreaterThan(spread.endMs);
    expect(target.endMs - target.startMs).toBeLessThan(365 * 86_400_000);
  });
});
