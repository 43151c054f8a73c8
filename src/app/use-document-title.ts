import { useEffect } from 'react';

/** Longer titles are cut: a tab, a bookmark or a share sheet shows only the start anyway. */
const MAX_TITLE_CHARS = 120;

/** The browser tab names what is on screen: the open event, else the dataset. */
export function useDocumentTitle(subject: string, appName: string): void {
  useEffect(() => {
    // Cut by code point, so an emoji is never split in half.
    const chars = Array.from(subject);
    const cut =
      chars.length > MAX_TITLE_CHARS ? `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…` : subject;
    document.title = cut ? `${cut} — ${appName}` : appName;
  }, [subject, appName]);
}
