import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ActiveChips } from '../../src/filters/active-chips';
import { DEFAULT_SEARCH, type SearchState } from '../../src/url/search-state';
import { makeCatalog } from '../fixtures/make-dataset';
import { renderInLanguage } from './render-with-router';

function renderChips(search: Partial<SearchState>, lang: 'en' | 'ru' = 'en') {
  const onChange = vi.fn();
  const onClearAll = vi.fn();
  const view = renderInLanguage(
    <ActiveChips
      catalog={makeCatalog()}
      search={{ ...DEFAULT_SEARCH, ...search }}
      onChange={onChange}
      onClearAll={onClearAll}
      fallbackFocus={() => null}
    />,
    lang,
  );
  return { ...view, onChange, onClearAll };
}

describe('ActiveChips', () => {
  it('shows nothing when no filter is active', () => {
    const { container } = renderChips({});
    expect(container).toBeEmptyDOMElement();
  });

  it('shows each active filter by its name, dates at their precision, and no unknown ids', () => {
    renderChips({
      q: 'grok',
      kind: ['launch'],
      person: ['carla-diaz'],
      org: ['acme-ai', 'ghost-org'],
      from: '2020-03',
      to: '2024',
    });
    const region = screen.getByRole('region', { name: 'Active filters' });
    expect(region).toBeInTheDocument();
    expect(
      screen
        .getAllByRole('button', { name: /^Remove filter: / })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Remove filter: Search: grok',
      'Remove filter: Launch',
      'Remove filter: Carla Díaz',
      'Remove filter: Acme AI',
      'Remove filter: From March 2020',
      'Remove filter: To 2024',
    ]);
  });

  it('removes just the clicked filter', async () => {
    const { onChange } = renderChips({ person: ['alice-chen', 'carla-diaz'], from: '2020' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Alice Chen' }));
    expect(onChange).toHaveBeenLastCalledWith({ person: ['carla-diaz'] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: From 2020' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined });
  });

  it('clears everything at once', async () => {
    const { onClearAll } = renderChips({ kind: ['launch'] });
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(onClearAll).toHaveBeenCalledTimes(1);
  });

  it('names filters in Russian', () => {
    renderChips({ person: ['boris-ivanov'], from: '2025-08' }, 'ru');
    expect(screen.getByRole('button', { name: 'Убрать фильтр: Борис Иванов' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Убрать фильтр: Не раньше: август 2025 г.' }),
    ).toBeInTheDocument();
  });
});
