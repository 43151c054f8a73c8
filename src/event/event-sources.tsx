import type { Source } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatPartialDateLabel } from '../i18n/format-date';

export function EventSources({ sources }: { sources: Source[] }) {
  const { t, lang } = useI18n();
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="event-sources-heading">
      <h3 id="event-sources-heading" className="mb-1 text-sm font-semibold text-slate-800">
        {t.sources}
      </h3>
      <ul className="space-y-2 text-sm">
        {sources.map((source, index) => (
          <li key={index}>
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              // On paper the address is printed after a title; a link without one shows it.
              data-print-url={source.title ? '' : undefined}
              className="font-medium break-words text-blue-800 underline underline-offset-2 hover:text-blue-950"
            >
              {/* A title in another language is read out in that language's voice. */}
              <span lang={source.title && source.lang !== lang ? source.lang : undefined}>
                {source.title || source.url}
              </span>
              <span className="sr-only"> {t.opensInNewTab}</span>
            </a>
            {(source.publisher || source.date) && (
              <span className="block text-xs text-slate-700">
                {[source.publisher, source.date ? formatPartialDateLabel(source.date, lang) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
