// The first stops of the tab order: straight to the timeline or to the list, past the filters
// (40 stops before the timeline otherwise).
import { useI18n } from '../i18n/i18n-context';
import { TIMELINE_ID } from '../lib/element-ids';

const SKIP_LINK =
  'sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2';

export function SkipLinks() {
  const { t } = useI18n();
  return (
    <>
      <a href="#event-list" className={SKIP_LINK}>
        {t.skipLink}
      </a>
      <a
        href={`#${TIMELINE_ID}`}
        className={SKIP_LINK}
        onClick={(event) => {
          // The timeline is one focusable element: focus it, rather than only scroll to it.
          const timeline = document.getElementById(TIMELINE_ID);
          if (!timeline) return;
          event.preventDefault();
          timeline.focus();
        }}
      >
        {t.skipToTimeline}
      </a>
    </>
  );
}
