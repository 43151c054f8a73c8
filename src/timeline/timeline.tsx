// The timeline: React owns the structure (toolbar, lane names, the single tab stop, live region);
// the renderer owns the canvas, labels, zoom and overview, and draws outside React.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { arrangeLanes } from './arrange-lanes';
import { scrollToShowPx } from './scroll-to-show';
import { buildLanes, DEFAULT_MAX_LANES } from './build-lanes';
import { ClusterChooser, placeChooser, type ChooserPlacement } from './cluster-chooser';
import { announceEvent } from './describe-event';
import { isVisibleEvent } from './keyboard-nav';
import { KindLegend } from './kind-legend';
import { LaneCountButtons } from './lane-count-buttons';
import { estimateOverlayPx, GUTTER_WIDTH_PX, LaneGutter, LaneNameOverlay } from './lane-gutter';
import { OVERVIEW_HEIGHT_PX } from './render/overview';
import type { ClusterChoice, RendererData } from './render/renderer-types';
import { TIMELINE_ID } from '../lib/element-ids';
import type { TimelineProps } from './timeline-props';
import { getTimelineStrings } from './timeline-strings';
import { TimelineToolbar } from './timeline-toolbar';
import { useTimelineExporter } from './use-timeline-exporter';
import { useTimelineKeyboard } from './use-timeline-keyboard';
import { useRendererSync } from './use-renderer-sync';
import { useStableArray } from './use-stable-indexes';
import { useTimelineRenderer } from './use-timeline-renderer';

const MIN_PLOT_HEIGHT_PX = 120;

/** A cluster's choice, with the events and lanes it was taken from and where it opens. */
interface OpenChoice extends ChooserPlacement {
  choice: ClusterChoice;
  visibleIndexes: Uint32Array;
  group: TimelineProps['group'];
}

export function Timeline(props: TimelineProps) {
  const { catalog, group, lang, openIndex, focusedIndex, initialWindow, dateWindow } = props;
  const requestedWindow = props.requestedWindow ?? null;
  const visibleIndexes = useStableArray(props.visibleIndexes);
  const highlightMask = useStableArray(props.highlightMask);
  const strings = getTimelineStrings(lang);
  const instructionsId = useId();
  const [extraLanes, setExtraLanes] = useState({ group, count: 0 });
  const extra = extraLanes.group === group ? extraLanes.count : 0;
  const [focusLane, setFocusLane] = useState(-1);
  const [hasFocus, setHasFocus] = useState(false);
  // Whether the cursor last moved by a key: then its event is named beside it, until the mouse
  // takes over.
  const [keyboardCursor, setKeyboardCursor] = useState(false);
  const onCursorKey = useCallback(() => setKeyboardCursor(true), []);
  const [openChoice, setOpenChoice] = useState<OpenChoice | null>(null);
  const applicationRef = useRef<HTMLDivElement | null>(null);

  const lanes = useMemo(
    () =>
      buildLanes(catalog, visibleIndexes, group, lang, {
        maxLanes: DEFAULT_MAX_LANES[group] + extra,
      }),
    [catalog, visibleIndexes, group, lang, extra],
  );
  const arranged = useMemo(() => arrangeLanes(lanes, group), [lanes, group]);
  const heightPx = Math.max(arranged.heightPx, MIN_PLOT_HEIGHT_PX);
  const { rootRef, plotRef, canvasRef, labelsRef, tooltipRef, overviewRef, renderer, compact } =
    useTimelineRenderer({
      onOpen: props.onOpen,
      onFocusChange: props.onFocusChange,
      onWindowCommit: props.onWindowCommit,
      onChooseInCluster: (choice) => {
        const plot = plotRef.current;
        if (!plot) return;
        const frameWidthPx = rootRef.current?.clientWidth ?? 0;
        const placement = placeChooser(choice, plot.offsetLeft, plot.offsetTop, frameWidthPx);
        setOpenChoice({ choice, visibleIndexes, group, ...placement });
      },
    });
  const reservedLeftPx = useMemo(
    () => (compact ? arranged.lanes.map(estimateOverlayPx) : []),
    [compact, arranged],
  );

  const showCursorCaption = hasFocus && keyboardCursor;
  const rendererData = useMemo<RendererData>(
    () => ({
      catalog,
      lanes: arranged.lanes,
      heightPx,
      visibleIndexes,
      highlightMask,
      openIndex,
      focusedIndex,
      focusLane,
      showCursorCaption,
      lang,
      reservedLeftPx,
    }),
    [
      catalog,
      arranged,
      heightPx,
      visibleIndexes,
      highlightMask,
      openIndex,
      focusedIndex,
      focusLane,
      showCursorCaption,
      lang,
      reservedLeftPx,
    ],
  );
  useRendererSync(renderer, rendererData, initialWindow, dateWindow, requestedWindow);
  useTimelineExporter(renderer, props.onExportReady);

  const onKeyDown = useTimelineKeyboard({
    ...props,
    visibleIndexes,
    lanes,
    focusLane,
    setFocusLane,
    onCursorKey,
    renderer,
  });
  // The keyboard cursor can move into a lane below the screen (many lanes by person): the
  // page follows it. Only while the timeline has focus, so a mouse never scrolls the page.
  useEffect(() => {
    const lane = arranged.lanes[focusLane];
    const plot = plotRef.current;
    if (!hasFocus || !lane || !plot) return;
    const plotTopPx = plot.getBoundingClientRect().top;
    const scrollPx = scrollToShowPx(
      plotTopPx + lane.yPx,
      plotTopPx + lane.yPx + lane.heightPx,
      window.innerHeight,
    );
    if (scrollPx !== 0) window.scrollBy({ top: scrollPx });
  }, [focusLane, hasFocus, arranged, plotRef]);

  const focused =
    focusedIndex !== null && isVisibleEvent(visibleIndexes, focusedIndex) ? focusedIndex : null;
  const announcement = hasFocus && focused !== null ? announceEvent(catalog, focused, lang) : '';
  const hiddenLanes = lanes.find((lane) => lane.kind === 'more')?.hiddenLaneCount ?? 0;
  // A choice made from other events or lanes (the filters or grouping changed) is stale.
  const choice =
    openChoice?.visibleIndexes === visibleIndexes && openChoice.group === group ? openChoice : null;
  const closeChoice = (refocus: boolean) => {
    setOpenChoice(null);
    if (refocus) applicationRef.current?.focus();
  };

  return (
    <div ref={rootRef} className="flex w-full min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <KindLegend catalog={catalog} lang={lang} />
        <TimelineToolbar
          strings={strings}
          onZoomIn={() => renderer.current?.zoomBy(2)}
          onZoomOut={() => renderer.current?.zoomBy(0.5)}
          onFitAll={() => renderer.current?.fitAll()}
        />
      </div>
      <div className="relative">
        <div
          ref={applicationRef}
          id={TIMELINE_ID}
          role="application"
          tabIndex={0}
          aria-label={strings.timeline}
          aria-roledescription={strings.roleDescription}
          aria-describedby={instructionsId}
          onKeyDown={onKeyDown}
          onFocus={() => setHasFocus(true)}
          onBlur={() => {
            setHasFocus(false);
            setKeyboardCursor(false);
          }}
          onPointerDown={() => setKeyboardCursor(false)}
          onPointerMove={(event) => {
            if (event.movementX !== 0 || event.movementY !== 0) setKeyboardCursor(false);
          }}
          className="flex overflow-hidden rounded border border-slate-300 bg-white"
        >
          {!compact && <LaneGutter lanes={arranged.lanes} heightPx={heightPx} lang={lang} />}
          <div
            ref={plotRef}
            data-part="plot"
            className="relative min-w-0 flex-1 touch-pan-y overflow-hidden select-none"
            style={{ height: heightPx }}
          >
            <canvas ref={canvasRef} aria-hidden="true" className="absolute top-0 left-0 block" />
            <div ref={labelsRef} aria-hidden="true" className="absolute inset-0" />
            {compact && <LaneNameOverlay lanes={arranged.lanes} />}
            {lanes.length === 0 && (
              <p className="absolute inset-x-0 top-1/2 text-center text-sm text-slate-500">
                {strings.empty}
              </p>
            )}
            <div
              ref={tooltipRef}
              hidden
              aria-hidden="true"
              className="pointer-events-none absolute top-0 left-0 z-10 max-w-[260px] rounded border border-slate-300 bg-white px-2 py-1 text-xs shadow-md"
            />
          </div>
        </div>
        {choice && (
          <ClusterChooser
            choice={choice.choice}
            catalog={catalog}
            lang={lang}
            strings={strings}
            leftPx={choice.leftPx}
            topPx={choice.topPx}
            widthPx={choice.widthPx}
            onChoose={(event) => {
              props.onFocusChange(event);
              props.onOpen(event);
              closeChoice(true);
            }}
            onClose={closeChoice}
          />
        )}
      </div>
      <div className="flex">
        {!compact && <div className="shrink-0" style={{ width: GUTTER_WIDTH_PX }} />}
        <svg
          ref={overviewRef}
          data-part="overview"
          aria-hidden="true"
          className="block min-w-0 flex-1"
          height={OVERVIEW_HEIGHT_PX}
        />
      </div>
      <LaneCountButtons
        hiddenLanes={hiddenLanes}
        extraLanes={extra}
        strings={strings}
        onExtraLanesChange={(count) => setExtraLanes({ group, count })}
      />
      <p id={instructionsId} className="sr-only">
        {strings.instructions}
      </p>
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
