// Keeps the renderer in step with React: new data on every data/filter/selection change, the
// initial window once per renderer, and the view following the date filter, the open and
// focused events, and Back and Forward.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { RendererData, TimelineRenderer } from './render/renderer-types';
import type { TimeWindow } from './timeline-props';

export function useRendererSync(
  renderer: RefObject<TimelineRenderer | null>,
  data: RendererData,
  initialWindow: TimeWindow | null,
  dateWindow: TimeWindow | null,
  requestedWindow: { window: TimeWindow } | null,
): void {
  // The renderer that got the initial window (StrictMode mounts twice, each renderer needs it).
  const initializedFor = useRef<TimelineRenderer | null>(null);
  useLayoutEffect(() => {
    const instance = renderer.current;
    if (!instance) return;
    instance.setData(data);
    if (initializedFor.current === instance) return;
    initializedFor.current = instance;
    if (initialWindow) instance.showWindow(initialWindow);
    // A deep link centres on its event, unless the link's own window (its view, or else its
    // date filter) already shows it. When the link named a window that missed the event, the
    // URL gets the window shown instead; a link that named none stays as it was given.
    const { openIndex, catalog } = data;
    const openMs = openIndex === null ? NaN : catalog.startMs[openIndex]!;
    const inWindow =
      initialWindow && openMs >= initialWindow.startMs && openMs < initialWindow.endMs;
    if (openIndex !== null && !inWindow)
      instance.revealEvent(openIndex, { commit: initialWindow !== null });
  }, [renderer, data, initialWindow]);

  // A new date filter (the brush, the date fields, a chip's ×) shows its range; clearing it
  // fits the events shown. The window is committed like a gesture's, so a reload keeps it.
  const shownDateWindow = useRef(dateWindow);
  useEffect(() => {
    if (dateWindow === shownDateWindow.current) return;
    shownDateWindow.current = dateWindow;
    if (dateWindow) renderer.current?.showWindow(dateWindow, { animate: true, commit: true });
    else renderer.current?.fitAll();
  }, [dateWindow, renderer]);

  // A newly opened event (from the list, Back, previous/next) is brought into readable view.
  // The window it moves to goes into the URL like a zoom's, so Reload and Share show what is on
  // screen, also after the event is closed.
  const { openIndex, focusedIndex } = data;
  const shownOpen = useRef(openIndex);
  useEffect(() => {
    if (openIndex === shownOpen.current) return;
    shownOpen.current = openIndex;
    if (openIndex !== null)
      renderer.current?.revealEvent(openIndex, { animate: true, commit: true });
  }, [openIndex, renderer]);

  useEffect(() => {
    if (focusedIndex !== null) renderer.current?.panToEvent(focusedIndex);
  }, [focusedIndex, renderer]);

  // Last, so that it wins over revealing the event: the entry named this window with it open.
  const shownRequest = useRef(requestedWindow);
  useEffect(() => {
    if (requestedWindow === shownRequest.current) return;
    shownRequest.current = requestedWindow;
    if (requestedWindow) renderer.current?.showWindow(requestedWindow.window, { animate: true });
  }, [requestedWindow, renderer]);
}
