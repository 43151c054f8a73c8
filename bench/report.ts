// Turns a run into the printed table (Markdown, so RESULTS.md can quote it) and the JSON files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GestureResult } from './frame-metrics';
import { isTimedOut, type BenchRun, type SizeResult } from './results-types';

export const RESULTS_DIR = 'bench/results';

interface Row {
  label: string;
  read: (size: SizeResult) => number | null | 'timeout';
  /** Also measured on the bare canvas page (load and gesture only). */
  bare?: true;
}

const gestureField = (field: keyof GestureResult) => (size: SizeResult) => {
  if (isTimedOut(size.gesture)) return 'timeout';
  const value = size.gesture?.[field];
  return typeof value === 'number' ? value : null;
};

const ROWS: Row[] = [
  {
    label: 'load to full paint (ms)',
    read: (s) => (isTimedOut(s.load) ? 'timeout' : (s.load?.medianMs ?? null)),
    bare: true,
  },
  {
    label: 'JS heap after load (MB)',
    read: (s) => (isTimedOut(s.load) ? 'timeout' : (s.load?.heapMb ?? null)),
  },
  { label: 'gesture frame p50 (ms)', read: gestureField('frameP50Ms') },
  { label: 'gesture frame p95 (ms)', read: gestureField('frameP95Ms'), bare: true },
  { label: 'gesture dropped frames', read: gestureField('droppedFrames'), bare: true },
  { label: 'gesture draw p50 (ms)', read: gestureField('drawP50Ms'), bare: true },
  { label: 'gesture draw p95 (ms)', read: gestureField('drawP95Ms'), bare: true },
  {
    label: 'gesture main thread busy (ms/s)',
    read: gestureField('mainThreadBusyMsPerS'),
    bare: true,
  },
  {
    label: 'kind toggle to paint (ms)',
    read: (s) => (isTimedOut(s.filter) ? 'timeout' : (s.filter?.medianMs ?? null)),
  },
  {
    label: 'search key to results (ms)',
    read: (s) => (isTimedOut(s.search) ? 'timeout' : (s.search?.medianMs ?? null)),
  },
  {
    label: 'search cleared (ms)',
    read: (s) => (isTimedOut(s.searchClear) ? 'timeout' : (s.searchClear?.medianMs ?? null)),
  },
  { label: 'search key right after load (ms)', read: (s) => s.searchRightAfterLoadMs ?? null },
];

const formatCell = (value: number | null | 'timeout', timeoutMs: number) =>
  value === 'timeout'
    ? `> ${Math.round(timeoutMs / 1000)} s`
    : value === null || Number.isNaN(value)
      ? '—'
      : String(value);

/** `over / under` as "2.5x"; a timed-out `over` is "> timeout". */
function formatRatio(over: number | null | 'timeout', under: number | null | 'timeout'): string {
  if (typeof under !== 'number' || under <= 0) return '—';
  if (over === 'timeout') return '> timeout';
  if (typeof over !== 'number') return '—';
  return `${(over / under).toFixed(1)}x`;
}

const short = (events: number) => (events >= 1000 ? `${events / 1000}k` : String(events));

/** One column per size for ours, then vis-timeline, then vis/ours at the sizes both ran. */
export function formatTable(run: BenchRun, timeoutMs: number): string {
  const shared = run.vis.filter((vis) => run.ours.some((ours) => ours.events === vis.events));
  const header = [
    'metric',
    ...run.ours.map((s) => `ours ${short(s.events)}`),
    ...run.vis.map((s) => `vis ${short(s.events)}`),
    ...shared.map((s) => `vis/ours ${short(s.events)}`),
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of ROWS) {
    const cells = [
      row.label,
      ...run.ours.map((s) => formatCell(row.read(s), timeoutMs)),
      ...run.vis.map((s) => formatCell(row.read(s), timeoutMs)),
      ...shared.map((vis) =>
        formatRatio(row.read(vis), row.read(run.ours.find((o) => o.events === vis.events)!)),
      ),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

const BARE_ROWS = ROWS.filter((row) => row.bare);

/**
 * The bare canvas page beside ours and vis-timeline. vis/bare is the most any page could be
 * faster than vis-timeline here; ours/bare is what our page costs above the browser's floor.
 */
export function formatBareTable(run: BenchRun, timeoutMs: number): string {
  const sizes = run.bare.flatMap((bare) => {
    const ours = run.ours.find((size) => size.events === bare.events);
    const vis = run.vis.find((size) => size.events === bare.events);
    return ours && vis ? [{ bare, ours, vis, n: short(bare.events) }] : [];
  });
  if (sizes.length === 0) return '';
  const header = [
    'metric',
    ...sizes.map(({ n }) => `bare ${n}`),
    ...sizes.map(({ n }) => `ours/bare ${n}`),
    ...sizes.map(({ n }) => `vis/bare ${n}`),
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of BARE_ROWS) {
    const cells = [
      row.label,
      ...sizes.map(({ bare }) => formatCell(row.read(bare), timeoutMs)),
      ...sizes.map(({ bare, ours }) => formatRatio(row.read(ours), row.read(bare))),
      ...sizes.map(({ bare, vis }) => formatRatio(row.read(vis), row.read(bare))),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Where our load time goes, per size (the median load of each). */
export function formatLoadBreakdown(run: BenchRun): string {
  const rows = run.ours.flatMap((size) => {
    const breakdown = !size.load || isTimedOut(size.load) ? undefined : size.load.breakdown;
    return breakdown ? [{ size, breakdown }] : [];
  });
  const first = rows[0];
  if (!first) return '';
  const phases = Object.keys(first.breakdown) as (keyof typeof first.breakdown)[];
  const header = ['load phase (ms)', ...rows.map(({ size }) => `ours ${short(size.events)}`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const phase of phases) {
    lines.push(
      `| ${[phase, ...rows.map(({ breakdown }) => String(breakdown[phase]))].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function formatTargets(run: BenchRun): string {
  return run.targets.map((t) => `- [${t.met ? 'x' : ' '}] ${t.target}: ${t.measured}`).join('\n');
}

/** Writes bench/results/<date-time>.json and bench/results/latest.json; returns the first path. */
export function writeResults(run: BenchRun, { partial = false } = {}): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = run.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = join(RESULTS_DIR, `${stamp}${partial ? '-partial' : ''}.json`);
  const json = `${JSON.stringify(run, null, 2)}\n`;
  writeFileSync(file, json);
  if (!partial) writeFileSync(join(RESULTS_DIR, 'latest.json'), json);
  return file;
}
