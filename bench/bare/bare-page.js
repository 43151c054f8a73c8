// The browser's floor, for the benchmark (bench/measure-reference.ts): the least a page can do
// with the same file. It fetches and parses the dataset, then draws one rectangle per event on
// one canvas, with no validation, no clustering, no labels, no axis and no framework. Wheel
// zooms and dragging pans, redrawn once per animation frame. What this page takes is what the
// browser itself costs here, so no timeline can load or draw faster than it.
const params = new URLSearchParams(location.search);
const canvas = document.getElementById('plot');
const context = canvas.getContext('2d');
const ROW_PX = 15;
const ROWS = Math.floor(canvas.height / ROW_PX);
// Partial dates ("2019", "2019-05", "2019-05-17") start at the beginning of their period, UTC.
const timeOf = (partial) =>
  Date.parse(
    partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial,
  );

function draw(times, span, drawMs) {
  const startedMs = performance.now();
  const pxPerMs = canvas.width / (span.endMs - span.startMs);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1d4ed8';
  for (let i = 0; i < times.length; i++) {
    const x = (times[i] - span.startMs) * pxPerMs;
    if (x >= -3 && x <= canvas.width) context.fillRect(x, (i % ROWS) * ROW_PX + 2, 3, 10);
  }
  drawMs?.push(performance.now() - startedMs);
}

function attachZoomAndPan(redraw, span) {
  let dragX = null;
  const zoomAround = (x, factor) => {
    const atMs = span.startMs + (x / canvas.width) * (span.endMs - span.startMs);
    span.startMs = atMs - (atMs - span.startMs) * factor;
    span.endMs = atMs + (span.endMs - atMs) * factor;
  };
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      zoomAround(event.offsetX, Math.exp(event.deltaY * 0.002));
      redraw();
    },
    { passive: false },
  );
  canvas.addEventListener('pointerdown', (event) => (dragX = event.offsetX));
  canvas.addEventListener('pointerup', () => (dragX = null));
  canvas.addEventListener('pointermove', (event) => {
    if (dragX === null) return;
    const shiftMs = ((dragX - event.offsetX) / canvas.width) * (span.endMs - span.startMs);
    span.startMs += shiftMs;
    span.endMs += shiftMs;
    dragX = event.offsetX;
    redraw();
  });
}

async function main() {
  const drawMs = window.__bench ? (window.__BARE_DRAW_MS__ = []) : null;
  const dataset = await (await fetch(params.get('data'))).json();
  const times = dataset.events.map((event) => timeOf(event.date));
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const time of times) {
    if (time < startMs) startMs = time;
    if (time > endMs) endMs = time;
  }
  const shown = { startMs, endMs: endMs + 1 };
  draw(times, shown, drawMs);
  // Reported like vis-timeline's 'changed': right after the draw that shows every event.
  window.__bench?.renders.push({ atMs: performance.now(), items: times.length });

  let pending = false;
  attachZoomAndPan(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      draw(times, shown, drawMs);
    });
  }, shown);
}

main().catch((error) => {
  document.body.dataset.error = String(error);
  throw error;
});
