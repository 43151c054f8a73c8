// Words for an event or a cluster: the tooltip's lines and the live region's announcement.
import type { Catalog } from '../data/catalog';
import { PRECISIONS } from '../data/partial-date';
import { formatDateRange, formatMs, formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import { clusterMembers } from './cluster-members';
import type { MarkHit } from './find-mark-at';
import { MARK_CLUSTER, MARK_SPAN_CLUSTER } from './layout-buffer';
import type { PositionedLane } from './lane-types';
import type { TimelineStrings } from './timeline-strings';
import { DAY_MS } from './time-scale';

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
    formatClusterRange(hit, lang),
    ...titles,
    canZoom ? strings.clusterHint : strings.clusterOpenHint,
  ];
}

/** A cluster's dates to the day: one day, or first to last. */
export function formatClusterRange(hit: Pick<MarkHit, 'startMs' | 'endMs'>, lang: string): string {
  const day = PRECISIONS[2]!;
  return hit.endMs - hit.startMs < DAY_MS
    ? formatMs(hit.startMs, day, lang)
    : `${formatMs(hit.startMs, day, lang)} – ${formatMs(hit.endMs, day, lang)}`;
}
