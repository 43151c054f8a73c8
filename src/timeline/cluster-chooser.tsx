// The list a click on an inseparable cluster opens: its events, to pick one. A small
// non-modal dialog beside the plot: arrows move through it, Escape closes it, and a click or
// wheel anywhere else dismisses it.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Catalog } from '../data/catalog';
import { formatDateRange, formatNumber } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import { formatClusterRange, kindLabelOf } from './describe-event';
import { KindSwatch } from './kind-swatch';
import { DAY_MS } from './time-scale';
import type { ClusterChoice } from './render/renderer-types';
import type { TimelineStrings } from './timeline-strings';

const WIDTH_PX = 300;
const EDGE_PX = 4;

/** Where the list opens inside the timeline's frame, in px. */
export interface ChooserPlacement {
  leftPx: number;
  topPx: number;
  widthPx: number;
}

/**
 * Just under the click, starting a little left of it, kept inside the frame: the plot sits
 * at (plotLeftPx, plotTopPx) in the frame, and the click at the choice's point in the plot.
 */
export function placeChooser(
  choice: Pick<ClusterChoice, 'xPx' | 'yPx'>,
  plotLeftPx: number,
  plotTopPx: number,
  frameWidthPx: number,
): ChooserPlacement {
  const widthPx = Math.max(0, Math.min(WIDTH_PX, frameWidthPx - 2 * EDGE_PX));
  const leftPx = plotLeftPx + choice.xPx - 24;
  return {
    leftPx: Math.max(EDGE_PX, Math.min(leftPx, frameWidthPx - widthPx - EDGE_PX)),
    topPx: plotTopPx + choice.yPx + 14,
    widthPx,
  };
}

export interface ClusterChooserProps extends ChooserPlacement {
  choice: ClusterChoice;
  catalog: Catalog;
  lang: string;
  strings: TimelineStrings;
  onChoose: (event: number) => void;
  /** `refocus`: the user closed it from inside (Escape, the close button), so focus goes back. */
  onClose: (refocus: boolean) => void;
}

export function ClusterChooser(props: ClusterChooserProps) {
  const { choice, catalog, lang, strings, onChoose, onClose } = props;
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('[data-choice]')?.focus();
    const dismissOutside = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) latestClose.current(false);
    };
    document.addEventListener('pointerdown', dismissOutside, true);
    document.addEventListener('wheel', dismissOutside, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointerdown', dismissOutside, true);
      document.removeEventListener('wheel', dismissOutside, { capture: true });
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
      return;
    }
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-choice]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === 'ArrowDown'
        ? Math.min(at + 1, items.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(at - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  };

  const more = choice.count - choice.events.length;
  // Events of one day all carry the heading's date; only a longer cluster dates each one.
  const datesDiffer = choice.range.lastMs - choice.range.startMs >= DAY_MS;
  return (
    <div
      ref={rootRef}
      role="dialog"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false);
      }}
      className="absolute z-20 flex max-h-72 flex-col rounded border border-slate-300 bg-white text-sm shadow-lg"
      style={{ left: props.leftPx, top: props.topPx, width: props.widthPx }}
    >
      <div className="flex items-start justify-between gap-2 border-b border-slate-200 py-1.5 pr-1 pl-3">
        <div>
          <h2 id={headingId} className="font-semibold text-slate-900">
            {strings.clusterTitle(formatNumber(choice.count, lang))}
          </h2>
          <p className="text-xs text-slate-600">{formatClusterRange(choice.range, lang)}</p>
        </div>
        <button
          type="button"
          aria-label={strings.close}
          onClick={() => onClose(true)}
          className="min-h-6 min-w-6 rounded px-2 text-lg leading-none text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          ×
        </button>
      </div>
      <ul className="min-h-0 overflow-y-auto overscroll-contain py-1">
        {choice.events.map((event) => {
          const record = catalog.events[event]!;
          return (
            <li key={event}>
              <button
                type="button"
                data-choice
                onClick={() => onChoose(event)}
                className="flex w-full items-baseline gap-2 px-3 py-1.5 text-left hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700"
              >
                <KindSwatch catalog={catalog} kindIndex={catalog.kindIndex[event]!} size={10} />
                <span className="min-w-0">
                  <span className="block text-slate-900">{resolveText(record.title, lang)}</span>
                  {/* The swatch shows the kind by colour and shape; a screen reader hears it. */}
                  <span className="sr-only">, {kindLabelOf(catalog, event, lang)}</span>
                  {datesDiffer && (
                    <span className="block text-xs text-slate-600">
                      {formatDateRange(record.date, record.endDate, lang)}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <p className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600">
          {strings.andMoreToNarrow(formatNumber(more, lang))}
        </p>
      )}
    </div>
  );
}
