// The hover tooltip (and the keyboard cursor's caption): plain DOM lines set with textContent,
// positioned inside the plot.

const OFFSET_PX = 12;

/** Shows the lines below and right of a plot-relative point; above it where the plot ends. */
export function showTooltip(
  tooltip: HTMLElement,
  lines: readonly string[],
  xPx: number,
  yPx: number,
  plot: { widthPx: number; heightPx: number },
): void {
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
  tooltip.hidden = false;
  tooltip.dataset.owner = 'pointer';
  const widthPx = tooltip.offsetWidth || 220;
  const heightPx = tooltip.offsetHeight;
  const left = Math.min(Math.max(4, xPx + OFFSET_PX), Math.max(4, plot.widthPx - widthPx - 4));
  // The plot clips what overflows it: a tooltip for the bottom lane goes above the point.
  const below = yPx + OFFSET_PX;
  const top = below + heightPx <= plot.heightPx ? below : Math.max(0, yPx - OFFSET_PX - heightPx);
  tooltip.style.transform = `translate(${left}px, ${top}px)`;
}

export function hideTooltip(tooltip: HTMLElement): void {
  tooltip.hidden = true;
}
