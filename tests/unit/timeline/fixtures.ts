// Deterministic catalogs for the timeline tests: a small hand-written one shaped like the AI
// dataset, and a seeded synthetic one of any size.
import { buildCatalog } from '../../../src/data/build-catalog';
import type { Catalog } from '../../../src/data/catalog';
import type { Kind, Organization, Person, TimelineEvent } from '../../../src/data/schema';
import { createRandom } from '../../../src/data/synthetic-dataset';
import type { TimelineProps } from '../../../src/timeline/timeline-props';
import { vi } from 'vitest';

export const KINDS: Kind[] = [
  { id: 'founding', label: { en: 'Founding', ru: 'Основание' } },
  { id: 'departure', label: { en: 'Departure', ru: 'Уход' } },
  { id: 'launch', label: { en: 'Launch', ru: 'Запуск' } },
  { id: 'controversy', label: { en: 'Controversy', ru: 'Спор' } },
];

const ORGS: Organization[] = [
  { id: 'deepmind', name: 'DeepMind' },
  { id: 'openai', name: 'OpenAI' },
  { id: 'xai', name: 'xAI' },
  { id: 'babuschkin-ventures', name: 'Babuschkin Ventures' },
];

const PEOPLE: Person[] = [
  {
    id: 'igor-babuschkin',
    name: { en: 'Igor Babuschkin', ru: 'Игорь Бабушкин' },
    affiliations: [
      { org: 'deepmind', role: 'Research engineer', start: '2017', end: '2020-02' },
      { org: 'openai', role: 'Member of technical staff', start: '2020-03', end: '2021-12' },
      { org: 'deepmind', start: '2022-01', end: '2023-02' },
      {
        org: 'xai',
        role: { en: 'Co-founder', ru: 'Сооснователь' },
        start: '2023-03',
        end: '2025-08',
      },
      { org: 'babuschkin-ventures', role: 'Founder', start: '2025-08' },
    ],
  },
  { id: 'elon-musk', name: 'Elon Musk' },
  { id: 'sam-altman', name: 'Sam Altman' },
];

function event(
  partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'date' | 'kind'>,
): TimelineEvent {
  return {
    title: { en: `Title ${partial.id}`, ru: `Заголовок ${partial.id}` },
    sources: [],
    ...partial,
  };
}

export const SMALL_EVENTS: TimelineEvent[] = [
  event({
    id: 'openai-founded',
    date: '2015-12-11',
    kind: 'founding',
    organizations: ['openai'],
    people: ['elon-musk', 'sam-altman'],
    importance: 1,
  }),
  event({
    id: 'musk-leaves-openai',
    date: '2018-02',
    kind: 'departure',
    organizations: ['openai'],
    people: ['elon-musk'],
  }),
  event({ id: 'gpt-3', date: '2020-06-11', kind: 'launch', organizations: ['openai'] }),
  event({
    id: 'xai-founded',
    date: '2023-07-12',
    kind: 'founding',
    organizations: ['xai'],
    people: ['elon-musk', 'igor-babuschkin'],
    importance: 1,
  }),
  event({ id: 'grok-1', date: '2023-11-04', kind: 'launch', organizations: ['xai'] }),
  event({
    id: 'board-crisis',
    date: '2023-11-17',
    endDate: '2023-11-22',
    kind: 'controversy',
    organizations: ['openai'],
    people: ['sam-altman'],
  }),
  event({
    id: 'babuschkin-leaves-xai',
    date: '2025-08-13',
    kind: 'departure',
    organizations: ['xai'],
    people: ['igor-babuschkin'],
    importance: 1,
  }),
  event({
    id: 'babuschkin-ventures-founded',
    date: '2025-08',
    kind: 'founding',
    organizations: ['babuschkin-ventures'],
    people: ['igor-babuschkin'],
  }),
  event({ id: 'ai-winter-essay', date: '2019', kind: 'controversy' }),
];

export function createSmallCatalog(): Catalog {
  return buildCatalog({
    title: 'Small',
    languages: ['en', 'ru'],
    kinds: KINDS,
    people: PEOPLE,
    organizations: ORGS,
    events: SMALL_EVENTS,
  });
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `count` events over 1995-2025: mostly day precision, some months and years, 5% spans. */
export function createSyntheticCatalog(
  count: number,
  seed = 42,
  peopleCount = 300,
  orgCount = 60,
): Catalog {
  const random = createRandom(seed);
  const pick = (n: number) => Math.floor(random() ** 2 * n); // skewed: a few people dominate
  const people: Person[] = Array.from({ length: peopleCount }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
  }));
  const organizations: Organization[] = Array.from({ length: orgCount }, (_, i) => ({
    id: `org-${i}`,
    name: `Org ${i}`,
  }));
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const dayMs = Date.UTC(1995, 0, 1) + Math.floor(random() * 30 * 365) * 86_400_000;
    const date = new Date(dayMs);
    const roll = random();
    const ymd = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const value = roll < 0.05 ? ymd.slice(0, 4) : roll < 0.2 ? ymd.slice(0, 7) : ymd;
    const spanEnd =
      random() < 0.05 ? new Date(dayMs + Math.floor(random() * 700 + 1) * 86_400_000) : null;
    const personCount = Math.floor(random() * 4);
    events.push({
      id: `e-${i}`,
      date: value,
      ...(spanEnd && value.length === 10 ? { endDate: spanEnd.toISOString().slice(0, 10) } : {}),
      kind: KINDS[Math.floor(random() * KINDS.length)]!.id,
      title: `Synthetic event ${i}`,
      people: Array.from({ length: personCount }, () => `person-${pick(peopleCount)}`),
      organizations: random() < 0.8 ? [`org-${pick(orgCount)}`] : [],
      sources: [],
      importance: (1 + Math.floor(random() * 3)) as 1 | 2 | 3,
    });
  }
  return buildCatalog({
    title: 'Synthetic',
    languages: ['en'],
    kinds: KINDS,
    people,
    organizations,
    events,
  });
}

export function allIndexes(catalog: Catalog): Uint32Array {
  return Uint32Array.from(catalog.events.keys());
}

/** Props for rendering <Timeline> over every event of `catalog`, with spies for its callbacks. */
export function timelineProps(
  catalog: Catalog,
  overrides: Partial<TimelineProps> = {},
): TimelineProps {
  return {
    catalog,
    visibleIndexes: allIndexes(catalog),
    highlightMask: null,
    group: 'kind',
    lang: 'en',
    openIndex: null,
    focusedIndex: null,
    onFocusChange: vi.fn(),
    onOpen: vi.fn(),
    onClose: vi.fn(),
    initialWindow: null,
    dateWindow: null,
    onWindowCommit: vi.fn(),
    ...overrides,
  };
}
