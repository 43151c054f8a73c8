// Words for an event or a cluster: the tooltip's lines and the live region's announcement.
import type { Catalog } from '../data/catalog';
import { PRECISIONS } from '../data/partial-date';
import { formatDateRange, formatMs, formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import type { MarkHit } from './find-mark-at';
import { MARK_CLUSTER, MARK_SPAN_CLUSTER } from './layout-buffer';
import type { PositionedLane } from './lane-types';
import type { TimelineStrings } from './timeline-strings';

const TITLES_IN_TOOLTIP = 3;

export function describeEvent(catalog: Catalog, event: number, lang: string): string[] {
  const record = catalog.events[event]!;
  const kind = catalog.kinds[catalog.kindIndex[event]!];
  return [
    resolveText(record.title, lang),
    formatDateRange(record.date, record.endDate, lang),
    kind ? resolveText(kind.label, lang) : record.kind,
  ];
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
  const members = hit.type === MARK_CLUSTER ? lane.points : lane.spans;
  const from = hit.from;
  const titles: string[] = [];
  for (
    let i = from;
    i < Math.min(from + Math.min(hit.count, TITLES_IN_TOOLTIP), members.length);
    i++
  ) {
    titles.push(`• ${resolveText(catalog.events[members[i]!]!.title, lang)}`);
  }
  if (hit.count > TITLES_IN_TOOLTIP)
    titles.push(strings.andMore(formatNumber(hit.count - TITLES_IN_TOOLTIP, lang)));
  const day = PRECISIONS[2]!;
  const range =
    hit.endMs - hit.startMs < 86_400_000
      ? formatMs(hit.startMs, day, lang)
      : `${formatMs(hit.startMs, day, lang)} – ${formatMs(hit.endMs, day, lang)}`;
  return [
    strings.clusterTitle(formatNumber(hit.count, lang)),
    range,
    ...titles,
    canZoom ? strings.clusterHint : strings.clusterOpenHint,
  ];
}
