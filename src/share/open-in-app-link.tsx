// In embed mode: the way out to the full app, on the same view, in a new tab.
import { useI18n } from '../i18n/i18n-context';
import type { SearchState } from '../url/search-state';
import { buildViewUrl } from './embed-snippet';
import { useShareStrings } from './share-strings';

export interface OpenInAppLinkProps {
  search: SearchState;
  openEventId?: string;
  className?: string;
}

export function OpenInAppLink({ search, openEventId, className }: OpenInAppLinkProps) {
  const s = useShareStrings();
  const { t } = useI18n();
  const href = buildViewUrl(
    { origin: window.location.origin, base: import.meta.env.BASE_URL, search, openEventId },
    false,
  );
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={
        className ??
        'rounded text-sm font-medium text-blue-700 underline hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700'
      }
    >
      {s.openInApp}
      <span className="sr-only"> {t.opensInNewTab}</span>
    </a>
  );
}
