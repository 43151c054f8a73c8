import { useId, useState } from 'react';
import type { Catalog } from '../data/catalog';
import { isOrderedRange, isPartialDate } from '../data/partial-date';
import { useI18n } from '../i18n/i18n-context';
import { DateBrush } from './date-brush';

interface DateRangeProps {
  catalog: Catalog;
  /** Events that pass every other filter, for the histogram. */
  indexes: Uint32Array;
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

/**
 * A histogram to brush with the mouse or a finger, and two PartialDate inputs for the keyboard;
 * a typed value is applied on Enter or when the field loses focus.
 */
export function DateRange({ catalog, indexes, from, to, onChange }: DateRangeProps) {
  const { t } = useI18n();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{t.dateHeading}</legend>
      <DateBrush catalog={catalog} indexes={indexes} from={from} to={to} onChange={onChange} />
      <div className="mt-1 grid grid-cols-2 gap-2">
        <DateInput
          label={t.dateFrom}
          value={from}
          onCommit={(value) => onChange({ from: value, to })}
          isInOrder={(value) => !to || isOrderedRange(value, to)}
        />
        <DateInput
          label={t.dateTo}
          value={to}
          onCommit={(value) => onChange({ from, to: value })}
          isInOrder={(value) => !from || isOrderedRange(from, value)}
        />
      </div>
    </fieldset>
  );
}

function DateInput({
  label,
  value,
  onCommit,
  isInOrder,
}: {
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  /** Whether a well-formed date keeps the range the right way round. */
  isInOrder: (value: string) => boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value ?? '');
  }
  const trimmed = draft.trim();
  const problem =
    trimmed === ''
      ? null
      : !isPartialDate(trimmed)
        ? t.dateInvalid
        : !isInOrder(trimmed)
          ? t.dateOutOfOrder
          : null;
  const invalid = problem !== null;
  const commit = () => {
    if (invalid) return;
    const next = trimmed === '' ? undefined : trimmed;
    if (next !== value) onCommit(next);
  };
  return (
    <div>
      <label htmlFor={id} className="block text-xs text-slate-700">
        {label}
      </label>
      <input
        id={id}
        value={draft}
        // No inputMode="numeric": the iPhone's number pad has no "-" for YYYY-MM.
        placeholder={t.datePlaceholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        maxLength={10}
        className={`w-full rounded border px-2 py-1 text-base sm:pointer-fine:text-sm ${invalid ? 'border-red-700' : 'border-slate-400'}`}
      />
      <span id={`${id}-hint`} className={`block text-xs ${invalid ? 'text-red-800' : 'sr-only'}`}>
        {problem ?? t.dateHint}
      </span>
    </div>
  );
}
