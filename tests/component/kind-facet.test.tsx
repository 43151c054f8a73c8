import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KindFacet } from '../../src/filters/kind-facet';
import { KindLegend } from '../../src/timeline/kind-legend';
import { makeCatalog } from '../fixtures/make-dataset';
import { renderInLanguage } from './render-with-router';

const counts = new Map([
  ['founding', 4],
  ['departure', 3],
  ['launch', 1200],
  ['controversy', 0],
]);

function renderFacet(selected: string[] = [], lang: 'en' | 'ru' = 'en') {
  const onChange = vi.fn();
  renderInLanguage(
    <KindFacet catalog={makeCatalog()} selected={selected} counts={counts} onChange={onChange} />,
    lang,
  );
  return onChange;
}

/**
 * The checkbox of the option whose visible label is `label`. Found through the visible text:
 * jsdom has no CSS, so its accessible name runs label and count together ("Launch4"), while a
 * browser, where the label is a flex row, reads "Launch 4".
 */
function checkboxFor(label: string): HTMLElement {
  return within(screen.getByText(label, { selector: 'label span' }).closest('label')!).getByRole(
    'checkbox',
  );
}

/** The label and count a sighted reader sees for an option, e.g. "Launch 1,200". */
function optionText(label: string): string {
  const element = checkboxFor(label).closest('label')!;
  return [...element.querySelectorAll('span')].map((span) => span.textContent).join(' ');
}

describe('KindFacet', () => {
  it('lists every kind with its count next to its name', () => {
    renderFacet();
    expect(screen.getByRole('group', { name: 'Kinds' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
    expect(checkboxFor('Founding')).not.toBeChecked();
    expect(optionText('Founding')).toBe('Founding 4');
    expect(optionText('Launch')).toBe('Launch 1,200');
  });

  it('keeps a kind with no matching events visible but dimmed', () => {
    renderFacet();
    const empty = checkboxFor('Controversy');
    expect(empty).toBeEnabled();
    expect(optionText('Controversy')).toBe('Controversy 0');
    expect(empty.closest('label')).toHaveClass('text-slate-500');
    expect(checkboxFor('Founding').closest('label')).not.toHaveClass('text-slate-500');
  });

  it('does not dim a selected kind even when its count drops to zero', () => {
    renderFacet(['controversy']);
    expect(checkboxFor('Controversy')).toBeChecked();
    expect(checkboxFor('Controversy').closest('label')).not.toHaveClass('text-slate-500');
  });

  it('adds a kind when ticked and removes it when unticked', async () => {
    const onChange = renderFacet(['departure']);
    expect(checkboxFor('Departure')).toBeChecked();
    await userEvent.click(checkboxFor('Launch'));
    expect(onChange).toHaveBeenLastCalledWith(['departure', 'launch']);
    await userEvent.click(checkboxFor('Departure'));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('can be operated from the keyboard', async () => {
    const onChange = renderFacet();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith(['founding']);
  });

  it('shows labels and numbers in Russian', () => {
    renderFacet([], 'ru');
    expect(screen.getByRole('group', { name: 'Типы событий' })).toBeInTheDocument();
    expect(optionText('Запуск')).toMatch(/^Запуск 1\s200$/);
  });
});

describe('a dataset with many kinds', () => {
  const manyKinds = () => {
    const catalog = makeCatalog();
    const kinds = Array.from({ length: 30 }, (_, i) => ({ id: `kind-${i}`, label: `Kind ${i}` }));
    return { ...catalog, kinds };
  };

  it('lists twelve kinds, a selected one beyond them, and the rest on request', async () => {
    renderInLanguage(
      <KindFacet
        catalog={manyKinds()}
        selected={['kind-20']}
        counts={new Map()}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(13);
    expect(screen.getByText('Kind 20')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 17 more' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(30);
  });

  it('keeps the legend to twelve kinds and says how many more there are', () => {
    renderInLanguage(<KindLegend catalog={manyKinds()} lang="en" />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem');
    expect(items).toHaveLength(13);
    expect(items.at(-1)).toHaveTextContent('and 18 more');
  });
});
