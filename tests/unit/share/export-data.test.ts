import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/data/catalog';
import { decodeDataset } from '../../../src/data/decode';
import { parseCsvDataset } from '../../../src/data/import/parse-csv-dataset';
import {
  exportEventsCsv,
  exportEventsCsvFile,
  exportEventsJson,
  exportEventsJsonFile,
  selectDataset,
} from '../../../src/share/export-data';
import { decodeFixture, makeSyntheticDataset } from '../../fixtures/make-dataset';
import { buildExportFileName } from '../../../src/share/download-file';

function loadDefaultCatalog(): Catalog {
  const result = decodeDataset(
    readFileSync(resolve(process.cwd(), 'public/data/events.json'), 'utf8'),
  );
  if (!result.ok) throw new Error('the default dataset must decode');
  return result.catalog;
}

const catalog = loadDefaultCatalog();
const all = catalog.events.map((_, index) => index);
// A filtered view: the xAI events, whose related links also point outside the selection.
const xai = Array.from(catalog.eventsByOrg.get('xai') ?? []);

describe('exportEventsJson', () => {
  it('reloads as the same events, in order, without warnings', () => {
    const decoded = decodeDataset(exportEventsJson(catalog, all));
    expect(decoded.ok && decoded.warnings).toEqual([]);
    expect(decoded.ok && decoded.catalog.events).toEqual(catalog.events);
  });

  it('keeps only the filtered events and the records they reference', () => {
    expect(xai.length).toBeGreaterThan(3);
    const decoded = decodeDataset(exportEventsJson(catalog, xai));
    if (!decoded.ok) throw new Error('export must decode');
    expect(decoded.warnings).toEqual([]);
    expect(decoded.catalog.events.map((event) => event.id)).toEqual(
      xai.map((index) => catalog.events[index]!.id),
    );
    const mentioned = new Set(decoded.catalog.events.flatMap((event) => event.people ?? []));
    expect(new Set(decoded.catalog.people.map((person) => person.id))).toEqual(mentioned);
    expect(decoded.catalog.organizations.length).toBeLessThan(catalog.organizations.length);
  });

  it('exports an empty selection as a valid, empty dataset', () => {
    const decoded = decodeDataset(exportEventsJson(catalog, []));
    expect(decoded.ok && decoded.catalog.events).toEqual([]);
  });
});

describe('exportEventsCsv', () => {
  const csv = exportEventsCsv(catalog, all);

  it('writes the documented columns, one row per event', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'id,date,end_date,kind,title,title_ru,summary,summary_ru,people,organizations,tags,source_url,source_title,source_publisher,source_date,importance',
    );
  });

  it('re-imports to the same ids, dates, titles, summaries, sources and kinds', () => {
    const converted = parseCsvDataset(csv);
    if (!converted.ok) throw new Error(converted.error.detail);
    const decoded = decodeDataset(converted.raw);
    if (!decoded.ok) throw new Error(decoded.error.problems.join('; '));
    expect(decoded.warnings).toEqual([]);
    const pick = ({
      id,
      date,
      endDate,
      kind,
      title,
      summary,
      sources,
      tags,
      importance,
    }: Catalog['events'][number]) => ({
      id,
      date,
      endDate,
      kind,
      title,
      summary,
      sources: sources.map(({ lang: _lang, ...rest }) => rest),
      tags,
      importance,
    });
    expect(decoded.catalog.events.map(pick)).toEqual(catalog.events.map(pick));
  });

  it('guards cells that a spreadsheet would run as formulas, and the guard round-trips', () => {
    const risky: Catalog = {
      ...catalog,
      events: [{ ...catalog.events[0]!, title: '=HYPERLINK("https://evil.example")' }],
    };
    const exported = exportEventsCsv(risky, [0]);
    expect(exported).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    const converted = parseCsvDataset(exported);
    expect(
      converted.ok && (converted.raw as { events: { title: unknown }[] }).events[0]?.title,
    ).toBe('=HYPERLINK("https://evil.example")');
  });

  it('keeps titles made of quotes and formula characters through the round trip', () => {
    const title = fc
      .array(fc.constantFrom("'", "'", '=', '+', '-', '@', 'a', ' '), {
        minLength: 1,
        maxLength: 8,
      })
      .map((chars) => `${chars.join('')}x`);
    fc.assert(
      fc.property(title, (text) => {
        const quoted: Catalog = { ...catalog, events: [{ ...catalog.events[0]!, title: text }] };
        const converted = parseCsvDataset(exportEventsCsv(quoted, [0]));
        const back = converted.ok && (converted.raw as { events: { title: unknown }[] }).events[0];
        return back !== false && back?.title === text.trim();
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildExportFileName', () => {
  it('names files after the dataset and the day', () => {
    const day = new Date('2025-08-13T12:00:00Z');
    expect(buildExportFileName('The AI industry: foundings, departures', 'csv', day)).toBe(
      'the-ai-industry-foundings-departures-2025-08-13.csv',
    );
    expect(buildExportFileName('???', 'json', day)).toBe('events-2025-08-13.json');
  });

  it('cuts a long title between words, never inside one', () => {
    const day = new Date('2025-08-13T12:00:00Z');
    expect(
      buildExportFileName('Индустрия ИИ: основания, уходы, запуски и скандалы', 'csv', day),
    ).toBe('индустрия-ии-основания-уходы-запуски-и-2025-08-13.csv');
    expect(buildExportFileName('x'.repeat(60), 'csv', day)).toBe(
      `${'x'.repeat(40)}-2025-08-13.csv`,
    );
  });
});

// Large exports are made a slice at a time; the file must not change for it.
describe('exports made in slices', () => {
  const synthetic = decodeFixture(makeSyntheticDataset(1200)).catalog;
  const everyOther = Uint32Array.from(synthetic.events.keys()).filter((index) => index % 2 === 0);

  it('write the JSON that JSON.stringify writes for the selected dataset', async () => {
    for (const indexes of [everyOther, new Uint32Array(0)]) {
      const expected = `${JSON.stringify(selectDataset(synthetic, indexes), null, 2)}\n`;
      expect(exportEventsJson(synthetic, indexes)).toBe(expected);
      const file = await exportEventsJsonFile(synthetic, indexes);
      expect(file.type).toBe('application/json');
      expect(await file.text()).toBe(expected);
    }
  });

  it('write CSV that reads back as the same events, across the parts it is made in', async () => {
    // Quotes, line breaks and formula characters in every title, so that a row split or merged
    // where two parts meet would show.
    const dataset = makeSyntheticDataset(1200);
    dataset.events.forEach((event, i) => {
      event.title = i % 2 ? `=SUM(A${i}) "q"\nnext line` : `He said "hi, ${i}"\r\nand left`;
    });
    const tricky = decodeFixture(dataset).catalog;
    const all = Uint32Array.from(tricky.events.keys());
    const file = await exportEventsCsvFile(tricky, all);
    expect(file.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A byte-order mark first, for Excel.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toBe(exportEventsCsv(tricky, all));
    const converted = parseCsvDataset(csv);
    const titles = converted.ok && (converted.raw as { events: { title: unknown }[] }).events;
    expect(titles && titles.map((event) => event.title)).toEqual(
      tricky.events.map((event) => event.title),
    );
  });
});
