// npm run bench [-- --no-build]: builds the app, serves it with the datasets, a vis-timeline
// page and a bare canvas page (the browser's floor), measures them in the system Chromium,
// prints the tables and writes bench/results/.
// While working on one part: `--sizes 1000,100000` measures only those sizes and
// `--load-only` only the load (no gestures, filters, search or vis-timeline); such a partial
// run is written to bench/results/ but never to latest.json.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { startBenchServer } from './bench-server';
import { launchBrowser } from './browser';
import { checkTargets } from './check-targets';
import { ensureDatasets } from './datasets';
import { GESTURE_MS } from './gesture';
import * as ours from './measure-ours';
import { measureSearch } from './measure-search';
import * as reference from './measure-reference';
import {
  formatBareTable,
  formatLoadBreakdown,
  formatTable,
  formatTargets,
  writeResults,
} from './report';
import { isTimedOut, type BenchRun, type LoadSummary, type SizeResult } from './results-types';
import { median } from './stats';

const OUR_SIZES = [1_000, 5_000, 10_000, 100_000];
const VIS_SIZES = [1_000, 5_000];
const LOAD_RUNS = 3;
const TOGGLES = 6;
/** Each letter narrows the synthetic titles ("Robot news 12") to one word; none matches all. */
const LETTERS = ['r', 'm', 'v', 'a', 'l'];
const VIS_LETTERS = ['r', 'm', 'v'];

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    'load-only': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes?.split(',').map(Number) ?? OUR_SIZES;
if (sizes.some((size) => !Number.isInteger(size) || size <= 0))
  throw new Error(`--sizes: expected event counts, got ${values.sizes}`);
const loadOnly = values['load-only'];
const partial = loadOnly || values.sizes !== undefined;
const startedMs = Date.now();
const loadAverageAtStart = loadavg()[0] ?? 0;
const log = (message: string) =>
  console.log(`[${((Date.now() - startedMs) / 1000).toFixed(0).padStart(3)} s] ${message}`);

if (loadAverageAtStart > 0.5) {
  console.warn(
    `Load average is ${loadAverageAtStart.toFixed(2)}: other work on this machine will slow the numbers.`,
  );
}
if (!values['no-build']) {
  log('building the app (npm run build)');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
}
log('datasets');
ensureDatasets(sizes);

const server = await startBenchServer({
  '/': 'dist',
  '/bench-data/': 'bench/data',
  '/vis/': 'bench/vis',
  '/bare/': 'bench/bare',
  '/vendor/vis-timeline/': 'node_modules/vis-timeline',
});
const browser = await launchBrowser();
try {
  const oursResults: SizeResult[] = [];
  for (const events of sizes) oursResults.push(await measureOurs(browser, events));
  const referenceSizes = loadOnly ? [] : VIS_SIZES.filter((size) => sizes.includes(size));
  const visResults: SizeResult[] = [];
  for (const events of referenceSizes) visResults.push(await measureVis(browser, events));
  const bareResults: SizeResult[] = [];
  for (const events of referenceSizes) bareResults.push(await measureBare(browser, events));

  const run: BenchRun = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    cpu: { model: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
    loadAverageAtStart,
    node: process.version,
    gestureMs: GESTURE_MS,
    ours: oursResults,
    vis: visResults,
    bare: bareResults,
    targets: checkTargets(oursResults, visResults, bareResults),
    wallMs: Date.now() - startedMs,
  };
  const file = writeResults(run, { partial });
  console.log(
    `\nChromium ${run.chromium}, ${run.cpu.cores} x ${run.cpu.model}, load average ${loadAverageAtStart.toFixed(2)} at start\n`,
  );
  console.log(formatTable(run, reference.VIS_STEP_TIMEOUT_MS));
  console.log(`\n${formatBareTable(run, reference.VIS_STEP_TIMEOUT_MS)}`);
  console.log(`\n${formatLoadBreakdown(run)}`);
  console.log(`\nTargets:\n${formatTargets(run)}\n`);
  log(
    partial
      ? `wrote ${file} (a partial run: latest.json is unchanged)`
      : `wrote ${file} and latest.json`,
  );
} finally {
  await browser.close();
  await server.close();
}

async function measureOurs(browser: Browser, events: number): Promise<SizeResult> {
  const origin = server.origin;
  log(`ours ${events}: load x${LOAD_RUNS}`);
  const loads = [];
  for (let i = 0; i < LOAD_RUNS; i++) loads.push(await ours.measureLoad(browser, origin, events));
  if (loadOnly) {
    const load = summarizeLoads(loads);
    return { events, load, gesture: null, filter: null, search: null, searchClear: null };
  }
  log(`ours ${events}: gesture, kind toggle, search`);
  const gesture = await retryOnce(() => ours.measureGesture(browser, origin, events));
  const filter = await retryOnce(() => ours.measureFilter(browser, origin, events, TOGGLES));
  const search = await retryOnce(() => measureSearch(browser, origin, events, LETTERS));
  return {
    events,
    load: summarizeLoads(loads),
    gesture,
    filter,
    search: search?.keystroke ?? null,
    searchClear: search?.clear ?? null,
    searchRightAfterLoadMs: search?.rightAfterLoadMs ?? null,
  };
}

async function measureVis(browser: Browser, events: number): Promise<SizeResult> {
  const origin = server.origin;
  const load = await measureReferenceLoads(browser, reference.VIS_PAGE, events);
  log(`vis-timeline ${events}: gesture, kind toggle, search`);
  const gesture = await reference.measureReferenceGesture(
    browser,
    origin,
    reference.VIS_PAGE,
    events,
  );
  const filter = await reference.measureVisFilter(browser, origin, events, TOGGLES);
  const search = await reference.measureVisSearch(browser, origin, events, VIS_LETTERS);
  return { events, load, gesture, filter, search: search.keystroke, searchClear: search.clear };
}

/** The bare canvas page has no filters or search: only its load and gesture are measured. */
async function measureBare(browser: Browser, events: number): Promise<SizeResult> {
  const load = await measureReferenceLoads(browser, reference.BARE_PAGE, events);
  log(`bare canvas page ${events}: gesture`);
  const gesture = await reference.measureReferenceGesture(
    browser,
    server.origin,
    reference.BARE_PAGE,
    events,
  );
  return { events, load, gesture, filter: null, search: null, searchClear: null };
}

async function measureReferenceLoads(
  browser: Browser,
  page: reference.ReferencePage,
  events: number,
): Promise<SizeResult['load']> {
  log(`${page.name} ${events}: load x${LOAD_RUNS}`);
  const loads = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const load = await reference.measureReferenceLoad(browser, server.origin, page, events);
    loads.push(load);
    if (isTimedOut(load)) break;
  }
  return loads.find(isTimedOut) ?? summarizeLoads(loads.filter((l) => !isTimedOut(l)));
}

/** A measurement that failed (a step never completed) gets one more try in a fresh context. */
async function retryOnce<T>(measure: () => Promise<T | null>): Promise<T | null> {
  const first = await measure();
  if (first !== null) return first;
  log('  failed; trying once more');
  return measure();
}

function summarizeLoads<T extends { loadMs: number; heapMb: number }>(
  samples: (T | null)[],
): LoadSummary | null {
  const done = samples.filter((sample): sample is T => sample !== null);
  if (done.length === 0) return null;
  const sorted = [...done].sort((a, b) => a.loadMs - b.loadMs);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const breakdown = (middle as { breakdown?: LoadSummary['breakdown'] }).breakdown;
  return {
    medianMs: middle.loadMs,
    samplesMs: done.map((sample) => sample.loadMs),
    heapMb: median(done.map((sample) => sample.heapMb)),
    ...(breakdown ? { breakdown } : {}),
  };
}
