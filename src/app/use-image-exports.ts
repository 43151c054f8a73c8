// Connects the timeline's exporter to the Export menu: SVG and PNG of what is on screen, saved
// as "<dataset-title>-timeline.svg/png". Without an exporter (not drawn yet) the menu offers
// only the data exports.
import { useMemo } from 'react';
import { downloadFile, slugifyTitle } from '../share/download-file';
import type { TimelineExporter } from '../timeline/timeline-props';

export interface ImageExports {
  onExportSvg?: () => void;
  onExportPng?: () => void;
}

export function useImageExports(exporter: TimelineExporter | null, title: string): ImageExports {
  return useMemo(() => {
    if (!exporter) return {};
    const name = (extension: string) => `${slugifyTitle(title)}-timeline.${extension}`;
    return {
      onExportSvg: () => downloadFile(name('svg'), 'image/svg+xml', exporter.svg()),
      onExportPng: () => {
        exporter.png().then(
          (blob) => downloadFile(name('png'), 'image/png', blob),
          // Encoding fails only when the browser is out of canvas memory: nothing to offer but the log.
          (error: unknown) => console.error('PNG export failed', error),
        );
      },
    };
  }, [exporter, title]);
}
