// Pointer input on the plot: hover tooltips and clicks on labels, marks and clusters.
// Drags belong to d3-zoom, which also swallows the click that ends a drag.
import type { MarkHit } from '../find-mark-at';
import { hideTooltip, showTooltip } from './tooltip';

export interface PointerTarget {
  /** The mark under a plot-relative point, if any. */
  hitAt: (xPx: number, yPx: number) => MarkHit | null;
  /** Tooltip lines for a hit, or for an event (from its label). */
  describe: (hit: MarkHit | null, event: number) => string[];
  eventById: (id: string) => number | undefined;
  onEvent: (event: number) => void;
  /** A click on a cluster, at a plot-relative point. */
  onCluster: (hit: MarkHit, xPx: number, yPx: number) => void;
  widthPx: () => number;
  heightPx: () => number;
}

export function attachPointerInput(
  plot: HTMLElement,
  tooltip: HTMLElement,
  target: PointerTarget,
): () => void {
  const local = (event: MouseEvent) => {
    const rect = plot.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const labelEvent = (event: Event) => {
    const label = (event.target as Element | null)?.closest?.(
      '[data-event-id]',
    ) as HTMLElement | null;
    return label?.dataset.eventId ? target.eventById(label.dataset.eventId) : undefined;
  };

  const onMove = (event: PointerEvent) => {
    if (event.buttons || event.pointerType === 'touch') {
      hideTooltip(tooltip);
      return;
    }
    const { x, y } = local(event);
    const fromLabel = labelEvent(event);
    const hit = fromLabel === undefined ? target.hitAt(x, y) : null;
    if (fromLabel === undefined && !hit) {
      hideTooltip(tooltip);
      plot.style.cursor = '';
      return;
    }
    plot.style.cursor = 'pointer';
    showTooltip(
      tooltip,
      target.describe(hit, fromLabel ?? -1),
      x,
      y,
      { widthPx: target.widthPx(), heightPx: target.heightPx() },
      'pointer',
    );
  };
  const onLeave = () => hideTooltip(tooltip);
  const onClick = (event: MouseEvent) => {
    const fromLabel = labelEvent(event);
    if (fromLabel !== undefined) {
      target.onEvent(fromLabel);
      return;
    }
    const { x, y } = local(event);
    const hit = target.hitAt(x, y);
    if (!hit) return;
    hideTooltip(tooltip);
    if (hit.count > 1) target.onCluster(hit, x, y);
    else target.onEvent(hit.event);
  };

  plot.addEventListener('pointermove', onMove);
  plot.addEventListener('pointerleave', onLeave);
  plot.addEventListener('click', onClick);
  return () => {
    plot.removeEventListener('pointermove', onMove);
    plot.removeEventListener('pointerleave', onLeave);
    plot.removeEventListener('click', onClick);
  };
}
