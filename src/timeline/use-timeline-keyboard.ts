// Keys on the timeline's single tab stop: arrows move the cursor (by time, or between lanes),
// Home/End jump, Enter opens, Escape closes, + - 0 zoom.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Catalog } from '../data/catalog';
import {
  findAdjacentInTime,
  findFirstOrLast,
  findInNeighbourLane,
  findLaneOf,
  isVisibleEvent,
} from './keyboard-nav';
import type { Lane } from './lane-types';
import type { TimelineRenderer } from './render/renderer-types';

interface KeyboardOptions {
  catalog: Catalog;
  visibleIndexes: Uint32Array;
  lanes: readonly Lane[];
  focusedIndex: number | null;
  focusLane: number;
  setFocusLane: (lane: number) => void;
  onFocusChange: (index: number | null) => void;
  /** A key moved the cursor (the caption beside it follows keys, not clicks). */
  onCursorKey: () => void;
  onOpen: (index: number) => void;
  onClose: () => void;
  renderer: RefObject<TimelineRenderer | null>;
}

export function useTimelineKeyboard(options: KeyboardOptions): (event: KeyboardEvent) => void {
  const {
    catalog,
    visibleIndexes,
    lanes,
    focusedIndex,
    focusLane,
    setFocusLane,
    onFocusChange,
    onCursorKey,
    onOpen,
    onClose,
    renderer,
  } = options;
  // The cursor as of the last key, so fast key repeats do not wait for the shell to re-render.
  const cursor = useRef<number | null>(focusedIndex);
  useEffect(() => {
    cursor.current = focusedIndex;
  }, [focusedIndex]);

  return useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const current =
        cursor.current !== null && isVisibleEvent(visibleIndexes, cursor.current)
          ? cursor.current
          : null;
      const moveTo = (next: number | null, lane?: number) => {
        if (next === null) return;
        cursor.current = next;
        setFocusLane(lane ?? findLaneOf(lanes, next, focusLane));
        onFocusChange(next);
        onCursorKey();
      };
      const windowStartMs = renderer.current?.getWindow().startMs ?? -Infinity;
      // Zooming from the keyboard keeps the cursor's event where it is.
      const cursorMs = current === null ? undefined : catalog.startMs[current];
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowLeft':
          moveTo(
            findAdjacentInTime(
              catalog,
              visibleIndexes,
              current,
              event.key === 'ArrowRight' ? 1 : -1,
              windowStartMs,
            ),
          );
          break;
        case 'ArrowUp':
        case 'ArrowDown': {
          if (current === null) {
            moveTo(findAdjacentInTime(catalog, visibleIndexes, null, 1, windowStartMs));
            break;
          }
          const move = findInNeighbourLane(
            catalog,
            lanes,
            current,
            findLaneOf(lanes, current, focusLane),
            event.key === 'ArrowDown' ? 1 : -1,
          );
          if (move) moveTo(move.event, move.lane);
          break;
        }
        case 'Home':
        case 'End':
          moveTo(findFirstOrLast(visibleIndexes, event.key === 'Home' ? 'first' : 'last'));
          break;
        case 'Enter':
          if (current !== null) onOpen(current);
          break;
        case 'Escape':
          onClose();
          break;
        case '+':
        case '=':
          renderer.current?.zoomBy(2, cursorMs);
          break;
        case '-':
        case '_':
          renderer.current?.zoomBy(0.5, cursorMs);
          break;
        case '0':
          renderer.current?.fitAll();
          break;
        default:
          return;
      }
      event.preventDefault();
    },
    [
      catalog,
      visibleIndexes,
      lanes,
      focusLane,
      setFocusLane,
      onFocusChange,
      onCursorKey,
      onOpen,
      onClose,
      renderer,
    ],
  );
}
