// The renderer's contract with the React component.
import type { Catalog } from '../../data/catalog';
import type { ClusterRange } from '../describe-event';
import type { PositionedLane } from '../lane-types';
import type { TimeWindow } from '../timeline-props';

export interface RendererElements {
  plot: HTMLElement;
  canvas: HTMLCanvasElement;
  labels: HTMLElement;
  tooltip: HTMLElement;
  overview: SVGSVGElement;
}

/** A cluster no zoom can take apart (its events share an instant), for the user to pick from. */
export interface ClusterChoice {
  /** Its first events in time order, at most CHOICE_LIMIT of them. */
  events: number[];
  count: number;
  range: ClusterRange;
  /** Where it was clicked, relative to the plot. */
  xPx: number;
  yPx: number;
}

export interface RendererCallbacks {
  onOpen: (index: number) => void;
  onFocusChange: (index: number | null) => void;
  onWindowCommit: (window: TimeWindow) => void;
  onChooseInCluster: (choice: ClusterChoice) => void;
}

export interface RendererData {
  catalog: Catalog;
  lanes: PositionedLane[];
  heightPx: number;
  visibleIndexes: Uint32Array;
  highlightMask: Uint8Array | null;
  openIndex: number | null;
  focusedIndex: number | null;
  focusLane: number;
  /** Name the cursor's event beside it: set while the keyboard moves the cursor. */
  showCursorCaption: boolean;
  lang: string;
  /** Per lane: width of the lane name overlaid on the plot (phone layout), kept free of labels. */
  reservedLeftPx: readonly number[];
}

export interface MoveOptions {
  animate?: boolean;
  /** Report the new window as a user's choice (it goes into the URL). */
  commit?: boolean;
}

export interface TimelineRenderer {
  setData: (data: RendererData) => void;
  setWidth: (widthPx: number) => void;
  getWindow: () => TimeWindow;
  showWindow: (window: TimeWindow, options?: MoveOptions) => void;
  /** Zoom about `aroundMs` when it is in view (it keeps its place on screen), else the centre. */
  zoomBy: (factor: number, aroundMs?: number) => void;
  /** Shows every event that passes the filters (all of them without a filter). */
  fitAll: () => void;
  /** Centre on the event at a zoom where it has a mark of its own (no-op if it already does). */
  revealEvent: (index: number, options?: MoveOptions) => void;
  /** Pan, keeping the zoom, when the event is off screen; the new window is committed. */
  panToEvent: (index: number) => void;
  /** The view as a standalone SVG document: what is on screen, with title, legend and lane names. */
  exportSvg: () => string;
  /** The same as a PNG, drawn by the on-screen canvas passes at 2x or more. */
  exportPng: () => Promise<Blob>;
  destroy: () => void;
}
