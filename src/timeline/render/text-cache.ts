// Titles and their measured widths, per event, computed once per catalog and language: label
// placement asks for them every frame.
import type { Catalog } from '../../data/catalog';
import { resolveText } from '../../i18n/resolve-text';
import { LABEL_FONT } from './draw-style';

export interface TextCache {
  reset: (catalog: Catalog, lang: string) => void;
  titleOf: (event: number) => string;
  /** Label width in px: measured on the canvas, estimated where there is none (jsdom). */
  measureTitlePx: (event: number) => number;
  formatCount: (count: number) => string;
}

export function createTextCache(ctx: CanvasRenderingContext2D | null): TextCache {
  let catalog: Catalog | null = null;
  let lang = 'en';
  let titles: (string | undefined)[] = [];
  let widths = new Float32Array(0);
  let countFormat = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  // Cluster counts repeat from frame to frame: format each number once per language.
  let counts = new Map<number, string>();
  const titleOf = (event: number) =>
    (titles[event] ??= resolveText(catalog?.events[event]?.title, lang));
  return {
    reset(nextCatalog, nextLang) {
      catalog = nextCatalog;
      lang = nextLang;
      titles = [];
      widths = new Float32Array(nextCatalog.events.length);
      countFormat = new Intl.NumberFormat(nextLang, {
        notation: 'compact',
        maximumFractionDigits: 1,
      });
      counts = new Map();
    },
    titleOf,
    measureTitlePx(event) {
      if (widths[event]! > 0) return widths[event]!;
      const text = titleOf(event);
      if (ctx) ctx.font = LABEL_FONT;
      const px = (ctx ? ctx.measureText(text).width : text.length * 6.5) + 6;
      widths[event] = px;
      return px;
    },
    formatCount(count) {
      let text = counts.get(count);
      if (text === undefined) counts.set(count, (text = countFormat.format(count)));
      return text;
    },
  };
}
