// The hover tooltip: plain DOM lines set with textContent, positioned inside the plot.

export function showTooltip(
  tooltip: HTMLElement,
  lines: readonly string[],
  xPx: number,
  yPx: number,
  plotWidthPx: number,
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
  const widthPx = tooltip.offsetWidth || 220;
  const left = Math.min(Math.max(4, xPx + 12), Math.max(4, plotWidthPx - widthPx - 4));
  tooltip.style.transform = `translate(${left}px, ${yPx + 14}px)`;
}

export function hideTooltip(tooltip: HTMLElement): void {
  tooltip.hidden = true;
}
