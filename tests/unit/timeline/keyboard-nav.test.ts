import { describe, expect, it } from 'vitest';
import { buildLanes } from '../../../src/timeline/build-lanes';
import {
  findAdjacentInTime,
  findFirstOrLast,
  findInNeighbourLane,
  findLaneOf,
} from '../../../src/timeline/keyboard-nav';
import { allIndexes, createSmallCatalog } from './fixtures';

const catalog = createSmallCatalog();
const all = allIndexes(catalog);
const id = (index: number | null) => (index === null ? null : catalog.events[index]!.id);
const at = (eventId: string) => catalog.indexById.get(eventId)!;

describe('keyboard navigation', () => {
  it('moves to the next and previous filtered event in time, stopping at the ends', () => {
    expect(id(findAdjacentInTime(catalog, all, at('grok-1'), 1, 0))).toBe('board-crisis');
    expect(id(findAdjacentInTime(catalog, all, at('grok-1'), -1, 0))).toBe('xai-founded');
    expect(id(findAdjacentInTime(catalog, all, at('babuschkin-leaves-xai'), 1, 0))).toBe(
      'babuschkin-leaves-xai',
    );
  });

  it('skips events the filters hide', () => {
    const launches = Uint32Array.from(catalog.eventsByKind[2]!);
    expect(id(findAdjacentInTime(catalog, launches, at('gpt-3'), 1, 0))).toBe('grok-1');
  });

  it('starts at the first event in the visible window when nothing is focused', () => {
    expect(id(findAdjacentInTime(catalog, all, null, 1, Date.UTC(2023, 0, 1)))).toBe('xai-founded');
    expect(id(findFirstOrLast(all, 'first'))).toBe('openai-founded');
    expect(id(findFirstOrLast(all, 'last'))).toBe('babuschkin-leaves-xai');
  });

  it('moves to the nearest event in time in the neighbouring lane', () => {
    const lanes = buildLanes(catalog, all, 'kind', 'en');
    const founding = findLaneOf(lanes, at('xai-founded'));
    const down = findInNeighbourLane(catalog, lanes, at('xai-founded'), founding, 1)!;
    expect(lanes[down.lane]!.label).toBe('Departure');
    expect(id(down.event)).toBe('babuschkin-leaves-xai');
    expect(findInNeighbourLane(catalog, lanes, at('xai-founded'), founding, -1)).toBeNull();
  });

  it('keeps the lane it came from when an event is in several', () => {
    const lanes = buildLanes(catalog, all, 'person', 'en');
    const igor = lanes.findIndex((lane) => lane.key === 'person:igor-babuschkin');
    expect(findLaneOf(lanes, at('xai-founded'), igor)).toBe(igor);
  });
});
