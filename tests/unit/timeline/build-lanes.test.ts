import { describe, expect, it } from 'vitest';
import { arrangeLanes } from '../../../src/timeline/arrange-lanes';
import { buildLanes } from '../../../src/timeline/build-lanes';
import { allIndexes, createSmallCatalog, createSyntheticCatalog } from './fixtures';

const catalog = createSmallCatalog();
const all = allIndexes(catalog);
const ids = (events: Uint32Array) => [...events].map((index) => catalog.events[index]!.id);

describe('buildLanes', () => {
  it('groups by kind in the dataset order of kinds, in the reader language', () => {
    const lanes = buildLanes(catalog, all, 'kind', 'ru');
    expect(lanes.map((lane) => lane.label)).toEqual(['Основание', 'Уход', 'Запуск', 'Спор']);
    expect(lanes.reduce((sum, lane) => sum + lane.events.length, 0)).toBe(catalog.events.length);
  });

  it('leaves out kinds with no filtered events', () => {
    const onlyLaunches = Uint32Array.from(catalog.eventsByKind[2]!);
    expect(buildLanes(catalog, onlyLaunches, 'kind', 'en').map((lane) => lane.label)).toEqual([
      'Launch',
    ]);
  });

  it('puts an event with several people in each of their lanes, and the rest in "No people"', () => {
    const lanes = buildLanes(catalog, all, 'person', 'en');
    const byLabel = new Map(lanes.map((lane) => [lane.label, lane]));
    expect(ids(byLabel.get('Elon Musk')!.events)).toContain('xai-founded');
    expect(ids(byLabel.get('Igor Babuschkin')!.events)).toContain('xai-founded');
    expect(ids(byLabel.get('No people')!.events)).toEqual(
      ['gpt-3', 'ai-winter-essay', 'grok-1'].sort(
        (a, b) => catalog.indexById.get(a)! - catalog.indexById.get(b)!,
      ),
    );
    expect(lanes.at(-1)!.kind).toBe('other');
  });

  it('orders organization lanes by event count and ends with "No organization"', () => {
    const lanes = buildLanes(catalog, all, 'org', 'en');
    expect(lanes.map((lane) => lane.label)).toEqual([
      'OpenAI',
      'xAI',
      'Babuschkin Ventures',
      'No organization',
    ]);
    expect(lanes[0]!.events.length).toBeGreaterThanOrEqual(lanes[1]!.events.length);
  });

  it('draws a career behind person lanes: DeepMind, OpenAI, DeepMind, xAI, Babuschkin Ventures', () => {
    const igor = buildLanes(catalog, all, 'person', 'ru').find(
      (lane) => lane.key === 'person:igor-babuschkin',
    )!;
    expect(igor.label).toBe('Игорь Бабушкин');
    expect(igor.affiliations.map((span) => span.label)).toEqual([
      'DeepMind',
      'OpenAI',
      'DeepMind',
      'xAI',
      'Babuschkin Ventures',
    ]);
    expect(igor.affiliations[3]!.role).toBe('Сооснователь');
    expect(igor.affiliations[4]!.endMs).toBe(Infinity);
    expect(igor.affiliations[0]!.endMs).toBe(Date.UTC(2020, 2, 1));
  });

  it('puts everything in one lane for group "none" and splits spans from points', () => {
    const [lane] = buildLanes(catalog, all, 'none', 'en');
    expect(lane!.label).toBe('All events');
    expect(ids(lane!.spans)).toEqual(['board-crisis']);
    expect(lane!.points.length).toBe(catalog.events.length - 1);
  });

  it('folds the smallest of hundreds of people into one "N more" lane that keeps their events', () => {
    const big = createSyntheticCatalog(5000, 7);
    const lanes = buildLanes(big, allIndexes(big), 'person', 'en', { maxLanes: 6 });
    expect(lanes).toHaveLength(6);
    const more = lanes.find((lane) => lane.kind === 'more')!;
    expect(more.label).toMatch(/^\d+ more people$/);
    const shown = new Set(lanes.flatMap((lane) => [...lane.events]));
    expect(shown.size).toBe(big.events.length);
    expect(lanes[0]!.events.length).toBeGreaterThanOrEqual(lanes[1]!.events.length);
  });

  it('returns no lanes when nothing passes the filters', () => {
    expect(buildLanes(catalog, new Uint32Array(0), 'kind', 'en')).toEqual([]);
  });
});

describe('arrangeLanes', () => {
  it('stacks lanes under the axis without gaps, person lanes taller for the career bar', () => {
    const kindLanes = arrangeLanes(buildLanes(catalog, all, 'kind', 'en'), 'kind', 28);
    expect(kindLanes.lanes[0]!.yPx).toBe(28);
    for (let i = 1; i < kindLanes.lanes.length; i++) {
      const previous = kindLanes.lanes[i - 1]!;
      expect(kindLanes.lanes[i]!.yPx).toBe(previous.yPx + previous.heightPx);
    }
    const personLane = arrangeLanes(buildLanes(catalog, all, 'person', 'en'), 'person').lanes[0]!;
    const orgLane = arrangeLanes(buildLanes(catalog, all, 'org', 'en'), 'org').lanes[0]!;
    expect(personLane.heightPx).toBeGreaterThan(orgLane.heightPx);
    expect(personLane.affiliationYPx).toBeGreaterThan(personLane.markYPx);
  });
});
