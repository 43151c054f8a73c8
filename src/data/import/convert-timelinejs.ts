// TimelineJS JSON ({ title?, events: [{ start_date, end_date?, text, group?, media?,
// unique_id? }] }) -> a raw dataset for decodeDataset. Texts lose their HTML (see
// strip-html.ts); links in the text and the media URL become the event's sources.
import { DEFAULT_KIND } from './csv-columns';
import { dropUnusedEntities } from './drop-unused-entities';
import { createEntityRegistry } from './entity-registry';
import { hostnameOf } from './hostname-of';
import { importFailure, type ImportResult } from './import-result';
import { extractLinks, stripHtml } from './strip-html';
import { createIdAllocator, toKebabId } from './to-kebab-id';

type Json = Record<string, unknown>;

export interface TimelineJsOptions {
  /** Used when the file has no title slide. */
  title?: string;
}

export function isTimelineJs(value: unknown): boolean {
  if (!isObject(value) || 'schemaVersion' in value || !Array.isArray(value.events)) return false;
  return value.events.some((event) => isObject(event) && isObject(event.start_date));
}

export function convertTimelineJs(value: unknown, options: TimelineJsOptions = {}): ImportResult {
  if (!isObject(value) || !Array.isArray(value.events) || value.events.length === 0) {
    return importFailure(
      'timelinejs',
      'timelinejs-no-events',
      'expected { "events": [ … ] } with at least one event',
    );
  }
  const kinds = createEntityRegistry('kind');
  const allocate = createIdAllocator('event');
  const rawEvents = value.events.filter(isObject);
  const explicit = rawEvents.map((event) => toKebabId(asString(event.unique_id)));
  for (const id of explicit) if (id) allocate(id);
  const events = rawEvents.map((event, index) => {
    const text = isObject(event.text) ? event.text : {};
    const title = stripHtml(asString(text.headline));
    const group = stripHtml(asString(event.group));
    const converted: Json = {
      id: explicit[index] || allocate(title || `event ${index + 1}`),
      date: toPartialDate(event.start_date),
      kind: kinds.idFor(group || DEFAULT_KIND.label),
      title,
      sources: collectSources(asString(text.text), event.media),
    };
    const summary = stripHtml(asString(text.text));
    if (summary) converted.summary = summary;
    if (event.end_date !== undefined) converted.endDate = toPartialDate(event.end_date);
    return converted;
  });
  const titleSlide = isObject(value.title) && isObject(value.title.text) ? value.title.text : {};
  const description = stripHtml(asString(titleSlide.text));
  return {
    ok: true,
    format: 'timelinejs',
    raw: dropUnusedEntities({
      schemaVersion: 1,
      title:
        stripHtml(asString(titleSlide.headline)) || options.title?.trim() || 'Imported timeline',
      ...(description ? { description } : {}),
      languages: ['en'],
      kinds: kinds.records().map(({ id, label }) => ({ id, label })),
      people: [],
      organizations: [],
      events,
    }),
  };
}

/** { year: 2025, month: 8 } -> "2025-08". Unusable dates pass through for the decoder to name. */
function toPartialDate(value: unknown): unknown {
  if (!isObject(value)) return value;
  const parts = [value.year, value.month, value.day].map((part) =>
    part === undefined || part === '' ? undefined : String(part).trim(),
  );
  const [year, month, day] = parts;
  if (!year || !/^\d{1,4}$/.test(year)) return year ?? value;
  let date = year.padStart(4, '0');
  if (month && /^\d{1,2}$/.test(month)) {
    date += `-${month.padStart(2, '0')}`;
    if (day && /^\d{1,2}$/.test(day)) date += `-${day.padStart(2, '0')}`;
  }
  return date;
}

function collectSources(html: string, media: unknown) {
  const sources = extractLinks(html).map(({ url, text }) => ({
    url,
    title: text || hostnameOf(url),
  }));
  if (isObject(media)) {
    const url = asString(media.url).trim();
    if (/^https?:\/\//i.test(url)) {
      const credit = stripHtml(asString(media.credit));
      sources.push({
        url,
        title: stripHtml(asString(media.caption)) || credit || hostnameOf(url),
        ...(credit ? { publisher: credit } : {}),
      });
    }
  }
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
