// Creates the imperative renderer once, feeds it React's data, and tracks the plot's width.
import { useLayoutEffect, useRef, useState } from 'react';
import { createTimelineRenderer } from './render/timeline-renderer';
import type {
  RendererCallbacks,
  RendererElements,
  TimelineRenderer,
} from './render/renderer-types';

export const COMPACT_BELOW_PX = 640;

export function useTimelineRenderer(callbacks: RendererCallbacks) {
  const rootRef = useRef<HTMLDivElement | null>(null);
  const plotRef = useRef<HTMLDivElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const labelsRef = useRef<HTMLDivElement | null>(null);
  const tooltipRef = useRef<HTMLDivElement | null>(null);
  const overviewRef = useRef<SVGSVGElement | null>(null);
  const renderer = useRef<TimelineRenderer | null>(null);
  const latest = useRef(callbacks);
  const [compact, setCompact] = useState(
    () => typeof window !== 'undefined' && window.innerWidth < COMPACT_BELOW_PX,
  );
  useLayoutEffect(() => {
    latest.current = callbacks;
  });

  useLayoutEffect(() => {
    const elements = {
      plot: plotRef.current,
      canvas: canvasRef.current,
      labels: labelsRef.current,
      tooltip: tooltipRef.current,
      overview: overviewRef.current,
    };
    if (Object.values(elements).some((element) => !element)) return;
    const instance = createTimelineRenderer(elements as RendererElements, () => latest.current);
    renderer.current = instance;
    instance.setWidth(plotRef.current!.clientWidth);
    const measure = () => {
      const root = rootRef.current;
      if (root) setCompact(root.clientWidth > 0 && root.clientWidth < COMPACT_BELOW_PX);
      instance.setWidth(plotRef.current?.clientWidth ?? 0);
    };
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (rootRef.current) observer?.observe(rootRef.current);
    if (plotRef.current) observer?.observe(plotRef.current);
    return () => {
      observer?.disconnect();
      instance.destroy();
      renderer.current = null;
    };
  }, []);

  return { rootRef, plotRef, canvasRef, labelsRef, tooltipRef, overviewRef, renderer, compact };
}
