// Hands the shell an exporter for the timeline's current view. It asks the renderer at call
// time, so it stays valid across zooms and StrictMode's second renderer.
import { useEffect, type RefObject } from 'react';
import type { TimelineRenderer } from './render/renderer-types';
import type { TimelineExporter } from './timeline-props';

export function useTimelineExporter(
  renderer: RefObject<TimelineRenderer | null>,
  onExportReady: ((exporter: TimelineExporter | null) => void) | undefined,
): void {
  useEffect(() => {
    if (!onExportReady) return;
    const current = () => {
      if (!renderer.current) throw new Error('The timeline is not on screen.');
      return renderer.current;
    };
    onExportReady({
      svg: () => current().exportSvg(),
      png: async () => current().exportPng(),
    });
    return () => onExportReady(null);
  }, [renderer, onExportReady]);
}
