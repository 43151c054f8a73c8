// A histogram of the events by year with a brush: drag across it to set the date filter.
// The From/To fields next to it do the same from the keyboard. On a touch screen a sideways
// drag brushes (see touch-brush.ts) and an up or down swipe scrolls the filters.
import { brushSelection, brushX, type D3BrushEvent } from 'd3-brush';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { attachTouchPan } from '../lib/touch-pan';
import { formatPartialDate, parsePartialDate } from '../data/partial-date';
import { binEventsByYears } from './date-histogram';
import { dragRange, grabAt, type PxRange, type TouchBrushGrab } from './touch-brush';

const HEIGHT_PX = 44;
const YEAR_MS = 365.25 * 86_400_000;

interface DateBrushProps {
  catalog: Catalog;
  /** Events that pass every filter but the date range. */
  indexes: Uint32Array;
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

export function DateBrush({ catalog, indexes, from, to, onChange }: DateBrushProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  const bins = useMemo(() => binEventsByYears(catalog, indexes), [catalog, indexes]);
  // Keyed on numbers, not on the bins: new counts (another filter, a search) must not rebuild
  // the brush, which would drop a drag under way.
  const firstMs = bins[0]?.startMs ?? 0;
  const lastMs = bins.at(-1)?.endMs ?? 1;
  const scale = useMemo(
    () => scaleUtc().domain([firstMs, lastMs]).range([0, widthPx]),
    [firstMs, lastMs, widthPx],
  );
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(([entry]) =>
      setWidthPx(Math.round(entry?.contentRect.width ?? 0)),
    );
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  // d3-brush owns the brush group; React only renders the bars around it.
  useEffect(() => {
    const svg = svgRef.current;
    const group = brushRef.current;
    if (!svg || !group || widthPx <= 0) return;
    const commit = (range: PxRange | null) => {
      if (!range) return onChangeRef.current({ from: undefined, to: undefined });
      const [startMs, endMs] = range.map((px) => scale.invert(px).getTime()) as [number, number];
      const precision = endMs - startMs > 3 * YEAR_MS ? 'year' : 'month';
      onChangeRef.current({
        from: formatPartialDate(startMs, precision),
        to: formatPartialDate(endMs - 1, precision),
      });
    };
    // d3-brush would take every touch (touch-action: none), so a swipe meant to scroll set a
    // date filter; touches are handled below, and a tap reaches d3-brush as mouse events.
    const brush = brushX<unknown>()
      .touchable(false)
      .extent([
        [0, 0],
        [widthPx, HEIGHT_PX],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent) commit(event.selection as PxRange | null);
      });
    const selection = select(group).call(brush);
    const startMs = from ? parsePartialDate(from)?.startMs : undefined;
    const endMs = to ? parsePartialDate(to)?.endMs : undefined;
    if (startMs !== undefined || endMs !== undefined) {
      const [domainStart, domainEnd] = scale.domain().map((date) => date.getTime()) as [
        number,
        number,
      ];
      const shownStartMs = Math.max(startMs ?? domainStart, domainStart);
      const shownEndMs = Math.min(endMs ?? domainEnd, domainEnd);
      // A filter wholly outside the data's years (from=2030) has nothing to highlight.
      brush.move(
        selection,
        shownStartMs < shownEndMs ? [scale(shownStartMs), scale(shownEndMs)] : null,
      );
    }
    let grab: TouchBrushGrab = 'new';
    let grabbed: PxRange | null = null;
    let originPx = 0;
    let dragged: PxRange | null = null;
    const detachTouchPan = attachTouchPan(svg, {
      onStart(originX) {
        originPx = originX - svg.getBoundingClientRect().left;
        grabbed = brushSelection(group) as PxRange | null;
        grab = grabAt(originPx, grabbed);
        dragged = null;
      },
      onMove(dxPx) {
        dragged = dragRange(grab, grabbed, originPx, dxPx, widthPx);
        // Drawn by d3-brush without a source event: the 'end' listener leaves it alone.
        brush.move(selection, [...dragged]);
      },
      onEnd() {
        if (dragged && dragged[1] - dragged[0] >= 1) commit(dragged);
        // Too narrow to mean anything: the range goes back to where it was.
        else brush.move(selection, grabbed ? [...grabbed] : null);
      },
    });
    return () => {
      detachTouchPan();
      selection.on('.brush', null).selectAll('*').remove();
    };
  }, [widthPx, scale, from, to]);

  const maxCount = Math.max(1, ...bins.map((bin) => bin.count));
  return (
    <svg
      ref={svgRef}
      className="block h-11 w-full touch-pan-y"
      height={HEIGHT_PX}
      aria-hidden="true"
      data-part="date-brush"
    >
      {widthPx > 0 &&
        bins.map((bin) => {
          const barHeight = (bin.count / maxCount) * (HEIGHT_PX - 4);
          return (
            <rect
              key={bin.startMs}
              x={scale(bin.startMs) + 0.5}
              width={Math.max(1, scale(bin.endMs) - scale(bin.startMs) - 1)}
              y={HEIGHT_PX - barHeight}
              height={barHeight}
              className="fill-slate-400"
            />
          );
        })}
      <g ref={brushRef} />
    </svg>
  );
}
