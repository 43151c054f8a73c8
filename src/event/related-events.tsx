// Events the open one names as related (a departure and the founding it led to), as links.
import { Link } from '@tanstack/react-router';
import type { Catalog } from '../data/catalog';
import { useI18n } from '../i18n/i18n-context';
import { formatDateRange } from '../i18n/format-date';
import { resolveText } from '../i18n/resolve-text';
import type { SearchState } from '../url/search-state';

export function RelatedEvents({ catalog, ids }: { catalog: Catalog; ids: readonly string[] }) {
  const { t, lang } = useI18n();
  const related = ids.flatMap((id) => {
    const index = catalog.indexById.get(id);
    return index === undefined ? [] : [{ id, event: catalog.events[index]! }];
  });
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="event-related-heading">
      <h3 id="event-related-heading" className="mb-1 text-sm font-semibold text-slate-800">
        {t.relatedEvents}
      </h3>
      <ul className="space-y-1 text-sm">
        {related.map(({ id, event }) => (
          <li key={id}>
            <Link
              to="/events/$eventId"
              params={{ eventId: id }}
              search={(previousSearch) => previousSearch as SearchState}
              resetScroll={false}
              className="text-blue-800 underline underline-offset-2 hover:text-blue-950"
            >
              {resolveText(event.title, lang)}
            </Link>{' '}
            <span className="text-xs text-slate-700">
              {formatDateRange(event.date, event.endDate, lang)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
