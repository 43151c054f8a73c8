// Splits our load time into phases from the dataset worker's messages as the page received
// them (page-probes.ts), without touching the app: each phase ends when the next message lands.
import type { Page } from 'playwright-core';
import { round1 } from './stats';

export interface LoadBreakdown {
  /** Navigation to the dataset worker's creation: the HTML and the app's entry script. */
  bootMs: number;
  /** Worker creation to the first bytes: the worker's script, the request, the first chunk. */
  workerStartMs: number;
  /**
   * The rest of the body, read and decoded to text; the worker parses and validates the
   * event records batch by batch on the way (and the page parses the same batches).
   */
  downloadMs: number;
  /** The rest of the file (kinds, people, organizations) and any whole-file parse. */
  validateMs: number;
  /** Cross-references, building the Catalog, planning the hand-off and posting it. */
  indexAndPostMs: number;
  /** Reading the worker's final message on the page's main thread (structured clone). */
  deserializeMs: number;
  /** JSON.parse of big texts on the page after that message (changed records, as JSON text). */
  pageParseMs: number;
  /** The rest, to the first paint of every event: React, filters, lanes, layout, draw. */
  firstRenderMs: number;
}

export async function readLoadBreakdown(page: Page, paintMs: number): Promise<LoadBreakdown> {
  const { created, messages, parses } = await page.evaluate(() => ({
    created: window.__bench.workerCreatedMs[0] ?? NaN,
    messages: window.__bench.workerMessages,
    parses: window.__bench.bigParses,
  }));
  const firstAt = (match: (m: (typeof messages)[number]) => boolean) =>
    messages.find(match)?.atMs ?? NaN;
  const firstByteMs = firstAt((m) => m.phase === 'downloading');
  const validatingMs = firstAt((m) => m.phase === 'validating');
  const indexingMs = firstAt((m) => m.phase === 'indexing');
  const done = messages.find((m) => m.type === 'done');
  const doneMs = done ? done.atMs + done.readMs : NaN;

  const pageParseMs = parses
    .filter((parse) => parse.atMs >= doneMs && parse.atMs <= paintMs)
    .reduce((sum, parse) => sum + parse.ms, 0);
  return {
    bootMs: round1(created),
    workerStartMs: round1(firstByteMs - created),
    downloadMs: round1(validatingMs - firstByteMs),
    validateMs: round1(indexingMs - validatingMs),
    indexAndPostMs: round1((done?.atMs ?? NaN) - indexingMs),
    deserializeMs: round1(done?.readMs ?? NaN),
    pageParseMs: round1(pageParseMs),
    firstRenderMs: round1(paintMs - doneMs - pageParseMs),
  };
}
