import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import {
  affiliationRowCount,
  assignAffiliationRows,
  MAX_AFFILIATION_ROWS,
} from '../../../src/timeline/collect-affiliations';
import { layoutAffiliationBars } from '../../../src/timeline/affiliation-bars';
import type { Catalog } from '../../../src/data/catalog';
import { createLane } from '../../../src/timeline/lane-data';
import type { Lane } from '../../../src/timeline/lane-types';

const span = (orgId: string, startMs: number, endMs: number, handOverMs = endMs) => ({
  orgId,
  label: orgId,
  role: '',
  startMs,
  endMs,
  handOverMs,
});

const rowsOf = (spans: ReturnType<typeof span>[]) =>
  Object.fromEntries(assignAffiliationRows(spans).map((s) => [s.orgId, s.row]));

describe('assignAffiliationRows', () => {
  it('keeps one role after another on one row', () => {
    expect(rowsOf([span('a', 0, 10), span('b', 10, 20), span('c', 25, Infinity)])).toEqual({
      a: 0,
      b: 0,
      c: 0,
    });
  });

  it('stacks roles held at the same time, and reuses a row once it is free', () => {
    expect(
      rowsOf([span('yc', 0, 50), span('openai', 20, Infinity), span('later', 60, 70)]),
    ).toEqual({ yc: 0, openai: 1, later: 0 });
  });

  it('hands over on one row when a role ends in the period the next one starts', () => {
    // Ends "2019-03" (drawn to the end of March), the next starts "2019-03" (the 1st of March).
    const march = Date.UTC(2019, 2, 1);
    const april = Date.UTC(2019, 3, 1);
    expect(rowsOf([span('yc', 0, april, march), span('ceo', march, Infinity)])).toEqual({
      yc: 0,
      ceo: 0,
    });
    expect(rowsOf([span('yc', 0, april, april), span('ceo', march, Infinity)])).toEqual({
      yc: 0,
      ceo: 1,
    });
  });

  it('never opens more than the maximum of rows', () => {
    const many = Array.from({ length: 6 }, (_, i) => span(`org${i}`, i, 100 + i));
    const rows = assignAffiliationRows(many);
    expect(affiliationRowCount(rows)).toBe(MAX_AFFILIATION_ROWS);
    // The fourth shares the row that frees up first (the first one).
    expect(rows[3]!.row).toBe(0);
  });
});

describe('affiliation rows on screen', () => {
  const lane = (affiliations: ReturnType<typeof assignAffiliationRows>): Lane =>
    createLane(
      {
        events: [],
        startMs: new Float64Array(0),
        endMs: new Float64Array(0),
      } as unknown as Catalog,
      { key: 'person:x', kind: 'person', label: 'X', affiliations },
      new Uint32Array(0),
    );

  it('gives a lane with overlapping roles one bar row more, and draws them apart', () => {
    const single = lane(assignAffiliationRows([span('a', 0, 10), span('b', 10, 20)]));
    const double = lane(assignAffiliationRows([span('a', 0, 15), span('b', 10, 20)]));
    const { lanes } = arrangeLanes([single, double], 'person', 0);
    expect(lanes[1]!.heightPx - lanes[0]!.heightPx).toBe(17);

    const bars = layoutAffiliationBars([lanes[1]!], 0, 10, 400);
    expect(bars.map((bar) => bar.orgId)).toEqual(['a', 'b']);
    expect(bars[1]!.y - bars[0]!.y).toBe(17);
    expect(bars[1]!.y + 14).toBeLessThanOrEqual(lanes[1]!.yPx + lanes[1]!.heightPx);
  });
});
