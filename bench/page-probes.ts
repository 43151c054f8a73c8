// Instruments a page before any of its own scripts run (Playwright's addInitScript). Everything
// is timed with the page's own clock, so a measurement does not include the round trips between
// this process and the browser. `installProbes` is serialized into the page: it must not use
// anything from this module's scope.

export interface WorkerMessage {
  atMs: number;
  /** How long reading `event.data` took: the structured-clone deserialization. */
  readMs: number;
  type: string;
  phase?: string;
}

export interface ProbeState {
  /** Status line texts ("Showing N of M events") with when they appeared. */
  status: { atMs: number; text: string }[];
  /** Renders reported by the page itself (vis-timeline's 'changed' events, the bare page's draw). */
  renders: { atMs: number }[];
  /** React commits, counted through the DevTools hook React looks for when it starts. */
  commits: number[];
  workerCreatedMs: number[];
  workerMessages: WorkerMessage[];
  /** JSON.parse calls on big texts (over 1 MB) in the page: when, and how long they took. */
  bigParses: { atMs: number; ms: number }[];
  /** The latest input event of each type, as the browser stamped it. */
  lastInput: Record<string, number>;
  /** Every press, release and wheel event: to tell commits inside a gesture from those at its end. */
  pointerLog: { type: string; atMs: number }[];
  /** Records the timestamp of every animation frame until stopFrames. */
  startFrames: () => void;
  stopFrames: () => number[];
}

declare global {
  interface Window {
    __bench: ProbeState;
    __TIMELINE_DRAW_MS__?: number[];
    /** The vis-timeline page's redraw costs (bench/vis/vis-page.js). */
    __VIS_REDRAW_MS__?: number[];
    /** The bare canvas page's draw costs (bench/bare/bare-page.js). */
    __BARE_DRAW_MS__?: number[];
  }
}

export function installProbes(): void {
  const state: ProbeState = {
    status: [],
    renders: [],
    commits: [],
    workerCreatedMs: [],
    workerMessages: [],
    bigParses: [],
    lastInput: {},
    pointerLog: [],
    startFrames() {
      recording = true;
      frameTimesMs = [];
      requestAnimationFrame(tick);
    },
    stopFrames() {
      recording = false;
      return frameTimesMs;
    },
  };
  let recording = false;
  let frameTimesMs: number[] = [];
  const tick = (timeMs: number) => {
    if (!recording) return;
    frameTimesMs.push(timeMs);
    requestAnimationFrame(tick);
  };
  window.__bench = state;
  // The renderer's opt-in hook: every draw pushes its JS cost in ms.
  window.__TIMELINE_DRAW_MS__ = [];

  for (const type of ['click', 'keydown', 'input']) {
    window.addEventListener(type, (event) => (state.lastInput[type] = event.timeStamp), true);
  }
  for (const type of ['mousedown', 'mouseup', 'wheel']) {
    const log = (event: Event) => void state.pointerLog.push({ type, atMs: event.timeStamp });
    window.addEventListener(type, log, { capture: true, passive: true });
  }

  // React reports each commit to this hook; a production build does too.
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onCommitFiberRoot: () => void state.commits.push(performance.now()),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    setStrictMode: () => undefined,
  };

  // The dataset worker's messages tell where load time goes (download, validation, indexing,
  // the copy back to the page) without touching the app. Our listener runs before the app's
  // onmessage, so it pays (and measures) the deserialization of each message.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      state.workerCreatedMs.push(performance.now());
      this.addEventListener('message', (event) => {
        const atMs = performance.now();
        const data = event.data as { type?: string; progress?: { phase?: string } };
        const readMs = performance.now() - atMs;
        state.workerMessages.push({
          atMs,
          readMs,
          type: String(data?.type),
          phase: data?.progress?.phase,
        });
      });
    }
  };

  // The page may parse records sent as JSON text: time that, as part of the load breakdown.
  const nativeParse = JSON.parse;
  JSON.parse = function timedParse(
    text: string,
    reviver?: (this: unknown, key: string, value: unknown) => unknown,
  ) {
    if (typeof text !== 'string' || text.length < 1_000_000) return nativeParse(text, reviver);
    const atMs = performance.now();
    const value: unknown = nativeParse(text, reviver);
    state.bigParses.push({ atMs, ms: performance.now() - atMs });
    return value;
  };

  // Watch the status line once it exists; watching the whole page would also see every label
  // the timeline moves during a gesture.
  const STATUS = /^Showing \d+ of \d+ events$/;
  const record = (element: Element) => {
    const text = element.textContent ?? '';
    const last = state.status[state.status.length - 1];
    if (STATUS.test(text) && text !== last?.text)
      state.status.push({ atMs: performance.now(), text });
  };
  const findStatus = new MutationObserver(() => {
    const element = [...document.querySelectorAll('p[role="status"]')].find((p) =>
      STATUS.test(p.textContent ?? ''),
    );
    if (!element) return;
    findStatus.disconnect();
    record(element);
    new MutationObserver(() => record(element)).observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  document.addEventListener('DOMContentLoaded', () =>
    findStatus.observe(document.body, { subtree: true, childList: true }),
  );
}
