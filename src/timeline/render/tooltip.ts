// The hover tooltip and the keyboard cursor's caption share one element: plain DOM lines set
// with textContent, positioned inside the plot. Which of the two shows it is its owner.

const OFFSET_PX = 12;

export type TooltipOwner = 'pointer' | 'cursor';

/** The lines shown and their measured size: moving the same lines needs no layout read. */
const shown = new WeakMap<HTMLElement, { text: string; widthPx: number; heightPx: number }>();

/** Shows the lines below and right of a plot-relative point; above it where the plot ends. */
export function showTooltip(
  tooltip: HTMLElement,
  lines: readonly string[],
  xPx: number,
  yPx: number,
  plot: { widthPx: number; heightPx: number },
  owner: TooltipOwner,
): void {
  const text = lines.join('\n');
  let size = shown.get(tooltip);
  tooltip.dataset.owner = owner;
  if (size?.text !== text || tooltip.hidden) {
    setLines(tooltip, lines);
    tooltip.hidden = false;
    size = { text, widthPx: tooltip.offsetWidth || 220, heightPx: tooltip.offsetHeight };
    shown.set(tooltip, size);
  }
  const left = Math.min(Math.max(4, xPx + OFFSET_PX), Math.max(4, plot.widthPx - size.widthPx - 4));
  // The plot clips what overflows it: a tooltip for the bottom lane goes above the point.
  const below = yPx + OFFSET_PX;
  const top =
    below + size.heightPx <= plot.heightPx ? below : Math.max(0, yPx - OFFSET_PX - size.heightPx);
  tooltip.style.transform = `translate(${left}px, ${top}px)`;
}

/** Hides the tooltip; with an owner, only if that one is showing it. */
export function hideTooltip(tooltip: HTMLElement, owner?: TooltipOwner): void {
  if (owner === undefined || tooltip.dataset.owner === owner) tooltip.hidden = true;
}

function setLines(tooltip: HTMLElement, lines: readonly string[]): void {
  while (tooltip.childElementCount > lines.length) tooltip.lastElementChild!.remove();
  lines.forEach((line, index) => {
    let row = tooltip.children[index] as HTMLElement | undefined;
    if (!row) {
      row = document.createElement('div');
      tooltip.appendChild(row);
    }
    row.className = index === 0 ? 'font-semibold text-slate-900' : 'text-slate-600';
    if (row.textContent !== line) row.textContent = line;
  });
}
