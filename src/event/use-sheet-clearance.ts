// Below the lg breakpoint the open event is a sheet fixed over the bottom of the page. The page
// keeps clear of it: it gains room at the bottom so its last rows can scroll above the sheet,
// and focus moved by Tab scrolls into view above the sheet instead of behind it
// (--sheet-height, used in styles.css).
import { useEffect, type RefObject } from 'react';

export function useSheetClearance(sheetRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const root = document.documentElement;
    const update = () => {
      if (getComputedStyle(sheet).position === 'fixed')
        root.style.setProperty('--sheet-height', `${sheet.offsetHeight}px`);
      else root.style.removeProperty('--sheet-height');
    };
    update();
    // The sheet folds and unfolds, and the window turns from a phone's width to a desktop's.
    // (jsdom has no ResizeObserver: there the clearance is set once.)
    if (typeof ResizeObserver === 'undefined')
      return () => root.style.removeProperty('--sheet-height');
    const observer = new ResizeObserver(update);
    observer.observe(sheet);
    observer.observe(root);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sheet-height');
    };
  }, [sheetRef]);
}
