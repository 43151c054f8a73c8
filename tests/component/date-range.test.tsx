import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateRange } from '../../src/filters/date-range';
import { makeCatalog } from '../fixtures/make-dataset';
import { renderInLanguage } from './render-with-router';

// The histogram sizes itself to its box; jsdom has no layout, so nothing to observe.
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

function renderRange(from: string | undefined, to: string | undefined, lang: 'en' | 'ru' = 'en') {
  const catalog = makeCatalog();
  const onChange = vi.fn();
  renderInLanguage(
    <DateRange
      catalog={catalog}
      indexes={Uint32Array.from(catalog.events.keys())}
      from={from}
      to={to}
      onChange={onChange}
    />,
    lang,
  );
  return onChange;
}

describe('DateRange', () => {
  it('refuses a To before From, saying why, and applies a To after it', async () => {
    const onChange = renderRange('2024', undefined);
    const toField = screen.getByRole('textbox', { name: 'To' });
    await userEvent.type(toField, '2020{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(toField).toHaveAttribute('aria-invalid', 'true');
    expect(toField).toHaveAccessibleDescription('The range would end before it starts');

    await userEvent.clear(toField);
    await userEvent.type(toField, '2025{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024', to: '2025' });
  });

  it('refuses a From after To, in Russian too', async () => {
    const onChange = renderRange(undefined, '2020', 'ru');
    const fromField = screen.getByRole('textbox', { name: 'С' });
    await userEvent.type(fromField, '2024-05{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(fromField).toHaveAccessibleDescription('Конец диапазона раньше начала');
  });

  it('takes a range within one year, from its month to its end', async () => {
    const onChange = renderRange('2024-03', undefined);
    await userEvent.type(screen.getByRole('textbox', { name: 'To' }), '2024{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2024-03', to: '2024' });
  });
});
