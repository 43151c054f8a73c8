import { useId, useMemo, useState } from 'react';
import type { Text } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { ShowMoreButton } from './show-more-button';
import { formatNumber } from '../i18n/format-date';
import { allTexts, resolveText } from '../i18n/resolve-text';
import { matchesFilterText, sortFacetOptions, toggleId } from './facet-options';

const COLLAPSED_COUNT = 10;

interface EntityFacetProps {
  heading: string;
  findLabel: string;
  entities: { id: string; name: Text }[];
  selected: string[];
  counts: Map<string, number>;
  onChange: (ids: string[]) => void;
}

/** People or organizations: a searchable list with faceted counts, selected ones first. */
export function EntityFacet({
  heading,
  findLabel,
  entities,
  selected,
  counts,
  onChange,
}: EntityFacetProps) {
  const { t, lang } = useI18n();
  const inputId = useId();
  const [text, setText] = useState('');
  const [expanded, setExpanded] = useState(false);
  const options = useMemo(
    () =>
      sortFacetOptions(
        entities.map((entity) => ({
          id: entity.id,
          label: resolveText(entity.name, lang),
          count: counts.get(entity.id) ?? 0,
          selected: selected.includes(entity.id),
        })),
        lang,
      ),
    [entities, counts, selected, lang],
  );
  const namesById = useMemo(
    () => new Map(entities.map((entity) => [entity.id, allTexts(entity.name)])),
    [entities],
  );
  const matching = options.filter(
    (option) => option.selected || matchesFilterText(namesById.get(option.id) ?? [], text),
  );
  const noMatch = text.trim() !== '' && matching.every((option) => option.selected);
  const shown = expanded || text ? matching.slice(0, 500) : matching.slice(0, COLLAPSED_COUNT);
  const hiddenCount = matching.length - shown.length;

  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{heading}</legend>
      <label htmlFor={inputId} className="sr-only">
        {findLabel}
      </label>
      <input
        id={inputId}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={findLabel}
        className="mb-1 w-full rounded border border-slate-400 px-2 py-1 text-base sm:pointer-fine:text-sm"
        autoComplete="off"
      />
      {noMatch && <p className="px-1 py-0.5 text-sm text-slate-700">{t.noFacetMatches}</p>}
      <ul className="space-y-0.5">
        {shown.map((option) => (
          <li key={option.id}>
            <label
              className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 ${option.count === 0 && !option.selected ? 'text-slate-500' : 'text-slate-900'}`}
            >
              <input
                type="checkbox"
                checked={option.selected}
                onChange={() => onChange(toggleId(selected, option.id))}
                className="h-4 w-4 shrink-0"
              />
              <span className="min-w-0 flex-1 truncate">{option.label}</span>
              <span className="text-xs tabular-nums">{formatNumber(option.count, lang)}</span>
            </label>
          </li>
        ))}
      </ul>
      {(hiddenCount > 0 || expanded) && !text && (
        <ShowMoreButton
          expanded={expanded}
          hiddenCount={hiddenCount}
          onToggle={() => setExpanded((value) => !value)}
        />
      )}
    </fieldset>
  );
}
