import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Text } from '../../src/data/schema';
import { EntityFacet } from '../../src/filters/entity-facet';
import { renderInLanguage } from './render-with-router';

const PEOPLE: { id: string; name: Text }[] = [
  { id: 'alice-chen', name: { en: 'Alice Chen', ru: 'Элис Чен' } },
  { id: 'boris-ivanov', name: { en: 'Boris Ivanov', ru: 'Борис Иванов' } },
  { id: 'carla-diaz', name: 'Carla Díaz' },
  { id: 'dmitri-orlov', name: 'Dmitri Orlov' },
];

const COUNTS = new Map([
  ['alice-chen', 4],
  ['boris-ivanov', 7],
  ['carla-diaz', 2],
  ['dmitri-orlov', 0],
]);

function renderFacet({
  entities = PEOPLE,
  counts = COUNTS,
  selected = [] as string[],
  lang = 'en' as 'en' | 'ru',
} = {}) {
  const onChange = vi.fn();
  renderInLanguage(
    <EntityFacet
      heading="People"
      findLabel="Find a person"
      entities={entities}
      selected={selected}
      counts={counts}
      onChange={onChange}
    />,
    lang,
  );
  return onChange;
}

const optionLabels = () =>
  screen
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')!.querySelector('span')!.textContent);

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

describe('EntityFacet', () => {
  it('lists people with counts, most events first, selected ones on top', () => {
    renderFacet({ selected: ['carla-diaz'] });
    expect(optionLabels()).toEqual(['Carla Díaz', 'Boris Ivanov', 'Alice Chen', 'Dmitri Orlov']);
    expect(optionText('Carla Díaz')).toBe('Carla Díaz 2');
    expect(optionText('Boris Ivanov')).toBe('Boris Ivanov 7');
    expect(checkboxFor('Carla Díaz')).toBeChecked();
    expect(checkboxFor('Boris Ivanov')).not.toBeChecked();
  });

  it('keeps a person with no matching events visible but dimmed', () => {
    renderFacet();
    expect(optionText('Dmitri Orlov')).toBe('Dmitri Orlov 0');
    expect(checkboxFor('Dmitri Orlov').closest('label')).toHaveClass('text-slate-500');
    expect(checkboxFor('Alice Chen').closest('label')).not.toHaveClass('text-slate-500');
  });

  it('adds and removes people when ticked', async () => {
    const onChange = renderFacet({ selected: ['alice-chen'] });
    await userEvent.click(checkboxFor('Boris Ivanov'));
    expect(onChange).toHaveBeenLastCalledWith(['alice-chen', 'boris-ivanov']);
    await userEvent.click(checkboxFor('Alice Chen'));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('narrows the list as the reader types, ignoring case and accents', async () => {
    renderFacet();
    const box = screen.getByRole('searchbox', { name: 'Find a person' });
    await userEvent.type(box, 'DIAZ');
    expect(optionLabels()).toEqual(['Carla Díaz']);
    await userEvent.clear(box);
    expect(screen.getAllByRole('checkbox')).toHaveLength(4);
  });

  it('finds a person by the English name on the Russian screen, and says when none match', async () => {
    renderFacet({ lang: 'ru' });
    const box = screen.getByRole('searchbox', { name: 'Find a person' });
    await userEvent.type(box, 'boris');
    expect(optionLabels()).toEqual(['Борис Иванов']);
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('Ничего не найдено')).toBeInTheDocument();
  });

  it('keeps selected people in view while the list is narrowed to others', async () => {
    renderFacet({ selected: ['alice-chen'] });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'boris');
    expect(optionLabels()).toEqual(['Alice Chen', 'Boris Ivanov']);
  });

  it('shows the first ten of a long list and reveals the rest on request', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${String(i).padStart(2, '0')}`,
    }));
    renderFacet({ entities: many, counts: new Map(many.map((person, i) => [person.id, 100 - i])) });
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: 'Show 4 more' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(14);
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
  });

  it('finds a person in a long list even when they are beyond the first ten', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${String(i).padStart(2, '0')}`,
    }));
    renderFacet({ entities: many, counts: new Map(many.map((person, i) => [person.id, 100 - i])) });
    await userEvent.type(screen.getByRole('searchbox'), '13');
    expect(optionLabels()).toEqual(['Person 13']);
    expect(optionText('Person 13')).toBe('Person 13 87');
  });

  it('shows names in Russian and searches them in Russian', async () => {
    renderFacet({ lang: 'ru' });
    await userEvent.type(screen.getByRole('searchbox'), 'бор');
    const group = screen.getByRole('group', { name: 'People' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    expect(optionText('Борис Иванов')).toBe('Борис Иванов 7');
  });
});
