import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/data/catalog';
import { EventList } from '../../src/event/event-list';
import type { UiLanguage } from '../../src/i18n/languages';
import {
  decodeFixture,
  makeCatalog,
  makeDataset,
  makeSyntheticDataset,
} from '../fixtures/make-dataset';
import { renderWithRouter } from './render-with-router';

async function renderList(
  catalog: Catalog,
  indexes: Uint32Array,
  { lang = 'en' as UiLanguage, openIndex = null as number | null } = {},
) {
  const onOpen = vi.fn();
  const onClearFilters = vi.fn();
  const view = await renderWithRouter(
    <EventList
      catalog={catalog}
      indexes={indexes}
      openIndex={openIndex}
      focusedIndex={null}
      onOpen={onOpen}
      onClearFilters={onClearFilters}
    />,
    { lang },
  );
  return { ...view, onOpen, onClearFilters };
}

const all = (catalog: Catalog) => Uint32Array.from(catalog.events.keys());

describe('EventList', () => {
  it('is a list named "Events" with one item per shown event, in time order', async () => {
    const catalog = makeCatalog();
    const shown = Uint32Array.from([0, 2, 5]);
    await renderList(catalog, shown);
    const list = screen.getByRole('list', { name: 'Events' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      expect.stringContaining('Acme AI is founded'),
      expect.stringContaining('Boris Ivanov leaves Acme AI'),
      expect.stringContaining('Atlas chatbot launches'),
    ]);
  });

  it('shows each event’s date at its precision and its kind', async () => {
    const catalog = makeCatalog();
    await renderList(catalog, Uint32Array.from([catalog.indexById.get('atlas-beta')!]));
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('March 2020 – October 2020')).toBeInTheDocument();
    expect(within(item).getByText('Launch')).toBeInTheDocument();
  });

  it('links each event to its own address and opens it on click', async () => {
    const catalog = makeCatalog();
    const { onOpen } = await renderList(catalog, all(catalog));
    const link = screen.getByRole('link', { name: /Nova 4 launches/ });
    expect(link).toHaveAttribute('href', '/events/nova-launch');
    await userEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith(catalog.indexById.get('nova-launch'));
  });

  it('marks the open event as current', async () => {
    const catalog = makeCatalog();
    const openIndex = catalog.indexById.get('nova-launch')!;
    await renderList(catalog, all(catalog), { openIndex });
    expect(screen.getByRole('link', { current: true })).toHaveTextContent('Nova 4 launches');
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { onClearFilters } = await renderList(makeCatalog(), new Uint32Array());
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });

  it('says a dataset is empty instead of blaming the filters', async () => {
    const empty = decodeFixture({ ...makeDataset(), events: [] }).catalog;
    await renderList(empty, new Uint32Array());
    expect(screen.getByText('This dataset has no events yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('renders in Russian', async () => {
    const catalog = makeCatalog();
    await renderList(
      catalog,
      Uint32Array.from([catalog.indexById.get('carla-leaves-northwind')!]),
      { lang: 'ru' },
    );
    const item = within(screen.getByRole('list', { name: 'События' })).getByRole('listitem');
    expect(item).toHaveTextContent('Карла Диас уходит из Northwind Labs');
    expect(item).toHaveTextContent('13 августа 2023 г.');
  });

  it('keeps a long list light: only the rows in view are in the page, each knowing its place', async () => {
    const catalog = decodeFixture(makeSyntheticDataset(2000, 3)).catalog;
    await renderList(catalog, all(catalog));
    const items = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(100);
    expect(items[0]).toHaveAttribute('aria-setsize', '2000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('keeps the row with keyboard focus in the page when the long list scrolls away', async () => {
    const catalog = decodeFixture(makeSyntheticDataset(2000, 3)).catalog;
    await renderList(catalog, all(catalog));
    const list = screen.getByRole('list', { name: 'Events' });
    const firstLink = within(list).getAllByRole('link')[0]!;
    firstLink.focus();
    // End in the list: the browser scrolls it to the bottom, the first rows leave the window.
    const scroller = list.parentElement!;
    scroller.scrollTop = 1999 * 64;
    fireEvent.scroll(scroller);
    const items = within(list).getAllByRole('listitem');
    expect(items[items.length - 1]).toHaveAttribute('aria-posinset', '2000');
    expect(firstLink).toBeInTheDocument();
    expect(firstLink).toHaveFocus();
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
  });

  it('renders hostile titles as text', async () => {
    const raw = makeDataset();
    raw.events[0]!.title = '<img src=x onerror=alert(1)>';
    const { container } = await renderList(decodeFixture(raw).catalog, Uint32Array.from([0]));
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
