// A seeded generator of valid datasets for benchmarks and load tests: bursts of activity,
// spans, several people and organizations per event, English and Russian text.
import { formatPartialDate, type Precision } from './partial-date';
import type { Dataset, TimelineEvent } from './schema';

export interface SyntheticOptions {
  events: number;
  seed?: number;
  people?: number;
  organizations?: number;
  fromYear?: number;
  toYear?: number;
}

/** mulberry32: small, fast and good enough to make repeatable data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  { id: 'founding', label: { en: 'Founding', ru: 'Основание' } },
  { id: 'departure', label: { en: 'Departure', ru: 'Уход' } },
  { id: 'launch', label: { en: 'Launch', ru: 'Запуск' } },
  { id: 'controversy', label: { en: 'Controversy', ru: 'Скандал' } },
];
const WORDS_EN = [
  'model',
  'lab',
  'chip',
  'agent',
  'robot',
  'cloud',
  'safety',
  'vision',
  'speech',
  'search',
];
const WORDS_RU = [
  'модель',
  'лаборатория',
  'чип',
  'агент',
  'робот',
  'облако',
  'безопасность',
  'зрение',
  'речь',
  'поиск',
];
const DAY_MS = 86_400_000;

export function generateDataset(options: SyntheticOptions): Dataset {
  const { events: count, seed = 1, fromYear = 2010, toYear = 2026 } = options;
  const peopleCount = options.people ?? Math.max(5, Math.round(Math.sqrt(count) * 2));
  const orgCount = options.organizations ?? Math.max(3, Math.round(Math.sqrt(count)));
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people = Array.from({ length: peopleCount }, (_, i) => ({
    id: `person-${i + 1}`,
    name: { en: `Person ${i + 1}`, ru: `Персона ${i + 1}` },
  }));
  const organizations = Array.from({ length: orgCount }, (_, i) => ({
    id: `org-${i + 1}`,
    name: { en: `Company ${i + 1}`, ru: `Компания ${i + 1}` },
  }));

  const startMs = Date.UTC(fromYear, 0, 1);
  const spanMs = Date.UTC(toYear, 0, 1) - startMs;
  // Activity comes in bursts: most events fall near one of a few dozen busy moments.
  const bursts = Array.from({ length: 40 }, () => ({
    centerMs: startMs + random() * spanMs,
    widthMs: (5 + random() * 120) * DAY_MS,
  }));

  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const atMs = random() < 0.7 ? burstTime(pick(bursts), random) : startMs + random() * spanMs;
    const clampedMs = Math.min(Math.max(atMs, startMs), startMs + spanMs - DAY_MS);
    const precision: Precision = random() < 0.8 ? 'day' : random() < 0.7 ? 'month' : 'year';
    const word = Math.floor(random() * WORDS_EN.length);
    const event: TimelineEvent = {
      id: `event-${i + 1}`,
      date: formatPartialDate(clampedMs, precision),
      kind: pick(KINDS).id,
      title: {
        en: `${capitalize(WORDS_EN[word]!)} news ${i + 1}`,
        ru: `Новость: ${WORDS_RU[word]} ${i + 1}`,
      },
      people: sample(people, 1 + Math.floor(random() * 3), random).map((person) => person.id),
      organizations: sample(organizations, 1 + Math.floor(random() * 2), random).map(
        (org) => org.id,
      ),
      sources: [
        {
          url: `https://example.com/news/${i + 1}`,
          title: `Report ${i + 1}`,
          publisher: 'Example News',
          date: formatPartialDate(clampedMs, 'day'),
        },
      ],
      importance: (1 + Math.floor(random() * 3)) as 1 | 2 | 3,
    };
    if (random() < 0.3)
      event.summary = {
        en: `Summary of event ${i + 1} about ${WORDS_EN[word]}.`,
        ru: `Краткое описание события ${i + 1}: ${WORDS_RU[word]}.`,
      };
    if (precision === 'day' && random() < 0.08)
      event.endDate = formatPartialDate(
        Math.min(clampedMs + (10 + random() * 700) * DAY_MS, startMs + spanMs),
        'day',
      );
    if (random() < 0.2) event.tags = [WORDS_EN[word]!];
    events.push(event);
  }
  return {
    schemaVersion: 1,
    title: {
      en: `Synthetic timeline (${count} events)`,
      ru: `Синтетическая лента (${count} событий)`,
    },
    languages: ['en', 'ru'],
    kinds: KINDS,
    people,
    organizations,
    events,
  };
}

function burstTime(burst: { centerMs: number; widthMs: number }, random: () => number): number {
  // Sum of uniforms: a cheap bell curve around the burst's centre.
  return burst.centerMs + (random() + random() + random() - 1.5) * burst.widthMs;
}

function sample<T>(list: readonly T[], size: number, random: () => number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(size, list.length))
    chosen.add(list[Math.floor(random() * list.length)]!);
  return [...chosen];
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
