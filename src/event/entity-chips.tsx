import type { Text } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { resolveText } from '../i18n/resolve-text';

interface EntityChipsProps {
  heading: string;
  entities: { id: string; name: Text }[];
  activeIds: string[];
  onFilter: (id: string) => void;
}

/** People or organizations of an event; each chip filters the explorer by it. */
export function EntityChips({ heading, entities, activeIds, onFilter }: EntityChipsProps) {
  const { t, lang } = useI18n();
  if (entities.length === 0) return null;
  return (
    <section>
      <h3 className="mb-1 text-sm font-semibold text-slate-800">{heading}</h3>
      <ul className="flex flex-wrap gap-1.5">
        {entities.map((entity) => {
          const name = resolveText(entity.name, lang);
          const active = activeIds.includes(entity.id);
          return (
            <li key={entity.id}>
              <button
                type="button"
                onClick={() => onFilter(entity.id)}
                aria-pressed={active}
                title={t.filterBy(name)}
                className={`rounded-full border px-2.5 py-0.5 text-sm ${active ? 'border-blue-800 bg-blue-800 text-white' : 'border-slate-300 bg-slate-50 text-slate-800 hover:bg-slate-100'}`}
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
