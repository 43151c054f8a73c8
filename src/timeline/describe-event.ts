// Words for an event or a cluster: the tooltip's lines and the live region's announcement.
import type { Catalog } from '../data/catalog';
import { PRECISIONS, type Precision } from '../data/partial-date';
import { formatDateRange, formatMs, formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import { clusterMemberView, clusterMembers } from './cluster-members';
import type { MarkHit } from './find-mark-at';
import { MARK_CLUSTER, MARK_SPAN_CLUSTER } from './layout-buffer';
import type { PositionedLane } from './lane-types';
import type { TimelineStrings } from './timeline-strings';

const TITLES_IN_TOOLTIP = 3;

export function describeEvent(catalog: Catalog, event: number, lang: string): string[] {
  const record = catalog.events[event]!;
  return [
    resolveText(record.title, lang),
    formatDateRange(record.date, record.endDate, lang),
    kindLabelOf(catalog, event, lang),
  ];
}

/** The event's kind by its label, or by its id when the dataset has no such kind. */
export function kindLabelOf(catalog: Catalog, event: number, lang: string): string {
  const kind = catalog.kinds[catalog.kindIndex[event]!];
  return kind ? resolveText(kind.label, lang) : catalog.events[event]!.kind;
}

/** "Title, 13 August 2025, Departure" for the polite live region. */
export function announceEvent(catalog: Catalog, event: number, lang: string): string {
  return describeEvent(catalog, event, lang).join(', ');
}

export function describeHit(
  catalog: Catalog,
  hit: MarkHit,
  lane: PositionedLane,
  lang: string,
  strings: TimelineStrings,
  canZoom: boolean,
): string[] {
  if (hit.type !== MARK_CLUSTER && hit.type !== MARK_SPAN_CLUSTER)
    return describeEvent(catalog, hit.event, lang);
  const titles = clusterMembers(lane, hit, TITLES_IN_TOOLTIP).map(
    (event) => `• ${resolveText(catalog.events[event]!.title, lang)}`,
  );
  if (hit.count > TITLES_IN_TOOLTIP)
    titles.push(strings.andMore(formatNumber(hit.count - TITLES_IN_TOOLTIP, lang)));
  return [
    strings.clusterTitle(formatNumber(hit.count, lang)),
    formatClusterRange(clusterRange(catalog, lane, hit), lang),
    ...titles,
    canZoom ? strings.clusterHint : strings.clusterOpenHint,
  ];
}

/** When a cluster's events happen, as far as all of their dates tell. */
export interface ClusterRange {
  startMs: number;
  /** The last instant in it: the last start of a cluster of points, the last end of spans. */
  lastMs: number;
  /** The coarsest precision among its events. */
  precision: Precision;
}

export function clusterRange(
  catalog: Pick<Catalog, 'precision'>,
  lane: Pick<PositionedLane, 'points' | 'spans'>,
  hit: Pick<MarkHit, 'type' | 'from' | 'count' | 'startMs' | 'endMs'>,
): ClusterRange {
  let code = PRECISIONS.length - 1;
  for (const event of clusterMemberView(lane, hit)) {
    code = Math.min(code, catalog.precision[event]!);
    // A year is as coarse as it gets: the rest of a big cluster need not be read.
    if (code === 0) break;
  }
  // A span's end is the first instant after it.
  const lastMs = hit.type === MARK_SPAN_CLUSTER ? hit.endMs - 1 : hit.endMs;
  return { startMs: hit.startMs, lastMs, precision: PRECISIONS[code]! };
}

/**
 * A cluster's dates: one date, or first to last, at the coarsest precision among its events. A
 * "2010" event clustered with one of 1 January 2010 happened in 2010, not on 1 January.
 */
export function formatClusterRange(range: ClusterRange, lang: string): string {
  const first = formatMs(range.startMs, range.precision, lang);
  const last = formatMs(range.lastMs, range.precision, lang);
  return first === last ? first : `${first} – ${last}`;
}
