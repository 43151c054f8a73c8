// The same dataset in vis-timeline, for the side-by-side benchmark (bench/measure-reference.ts).
// Defaults wherever vis-timeline has them: box items, stacking, one group per kind. Like the
// app, checking kinds shows only those kinds: here by hiding the other groups, vis-timeline's
// own way and far faster than filtering items (re-adding 3,700 items to a DataView took about a
// minute at 5,000 events). The search filters a DataView by title, as nothing else can.
/* global vis */
const params = new URLSearchParams(location.search);
const englishOf = (text) => (typeof text === 'string' ? text : text.en);
// Partial dates ("2019", "2019-05", "2019-05-17") start at the beginning of their period, UTC.
const toDate = (partial) =>
  new Date(
    partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial,
  );

function report(atMs) {
  // The benchmark's probes (bench/page-probes.ts) collect renders; without them, do nothing.
  window.__bench?.renders.push({ atMs, items: document.querySelectorAll('.vis-item').length });
}

// The cost of each redraw, like the app's own draw hook: wrap vis-timeline's redraw before the
// timeline binds it. A redraw may redraw again inside itself; only the outermost one counts.
function timeRedraws(drawMs) {
  const original = Object.getPrototypeOf(vis.Timeline.prototype)._redraw;
  let depth = 0;
  vis.Timeline.prototype._redraw = function timedRedraw(...args) {
    const startedMs = performance.now();
    depth++;
    try {
      return original.apply(this, args);
    } finally {
      depth--;
      if (depth === 0) drawMs.push(performance.now() - startedMs);
    }
  };
}

async function main() {
  if (window.__bench) timeRedraws((window.__VIS_REDRAW_MS__ = []));
  const dataset = await (await fetch(params.get('data'))).json();
  const items = new vis.DataSet(
    dataset.events.map((event, index) => ({
      id: index,
      content: englishOf(event.title),
      start: toDate(event.date),
      ...(event.endDate ? { end: toDate(event.endDate) } : {}),
      group: event.kind,
      titleLower: englishOf(event.title).toLowerCase(),
    })),
  );
  const groups = new vis.DataSet(
    dataset.kinds.map((kind) => ({ id: kind.id, content: englishOf(kind.label) })),
  );
  const selectedKinds = new Set();
  let query = '';
  const view = new vis.DataView(items, {
    filter: (item) =>
      query === '' || item.titleLower.split(' ').some((word) => word.startsWith(query)),
  });

  const status = document.getElementById('status');
  const showStatus = () =>
    (status.textContent = `Showing ${view.length} of ${items.length} events`);
  // No items yet (null, not []): vis-timeline fits its window to the first items it gets.
  const timeline = new vis.Timeline(document.getElementById('timeline'), null, {
    height: '600px',
    showCurrentTime: false,
  });
  timeline.on('changed', () => report(performance.now()));
  timeline.setGroups(groups);
  timeline.setItems(view);
  showStatus();

  const showKinds = () =>
    groups.update(
      dataset.kinds.map((kind) => ({
        id: kind.id,
        visible: selectedKinds.size === 0 || selectedKinds.has(kind.id),
      })),
    );
  const kinds = document.getElementById('kinds');
  for (const kind of dataset.kinds) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', () => {
      if (box.checked) selectedKinds.add(kind.id);
      else selectedKinds.delete(kind.id);
      showKinds();
    });
    label.append(box, ` ${englishOf(kind.label)}`);
    kinds.append(label);
  }
  document.getElementById('search').addEventListener('input', (event) => {
    query = event.target.value.trim().toLowerCase();
    view.refresh();
    showStatus();
  });
}

main().catch((error) => {
  document.body.dataset.error = String(error);
  throw error;
});
