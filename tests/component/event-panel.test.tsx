import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../src/data/catalog';
import { EventPanel } from '../../src/event/event-panel';
import type { UiLanguage } from '../../src/i18n/languages';
import { DEFAULT_SEARCH, type SearchState } from '../../src/url/search-state';
import { decodeFixture, makeCatalog, makeDataset } from '../fixtures/make-dataset';
import { renderWithRouter } from './render-with-router';

interface PanelOptions {
  catalog?: Catalog;
  id: string;
  visible?: string[];
  search?: Partial<SearchState>;
  lang?: UiLanguage;
}

async function renderPanel({
  catalog = makeCatalog(),
  id,
  visible,
  search = {},
  lang = 'en',
}: PanelOptions) {
  const handlers = { onOpen: vi.fn(), onClose: vi.fn(), onFilter: vi.fn() };
  const visibleIndexes = visible
    ? Uint32Array.from(
        visible.map((eventId) => catalog.indexById.get(eventId)!).sort((a, b) => a - b),
      )
    : Uint32Array.from(catalog.events.keys());
  const view = await renderWithRouter(
    <EventPanel
      catalog={catalog}
      index={catalog.indexById.get(id)!}
      visibleIndexes={visibleIndexes}
      search={{ ...DEFAULT_SEARCH, ...search }}
      {...handlers}
    />,
    { lang },
  );
  return { ...view, ...handlers, catalog };
}

describe('EventPanel', () => {
  it('shows the event title as a heading, with its kind and summary', async () => {
    await renderPanel({ id: 'boris-leaves-acme' });
    expect(
      screen.getByRole('heading', { name: 'Boris Ivanov leaves Acme AI' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Departure')).toBeInTheDocument();
    expect(screen.getByText('He plans a new lab.')).toBeInTheDocument();
  });

  it('shows the date at the precision the dataset gives', async () => {
    const { unmount } = await renderPanel({ id: 'boris-leaves-acme' });
    expect(screen.getByText('June 14, 2019', { selector: 'time' })).toHaveAttribute(
      'datetime',
      '2019-06-14',
    );
    unmount();
    await renderPanel({ id: 'alice-leaves-acme' });
    expect(screen.getByText('February 2024', { selector: 'time' })).toBeInTheDocument();
    expect(screen.queryByText(/February \d+, 2024/)).not.toBeInTheDocument();
  });

  it('shows a span from its start to its end', async () => {
    await renderPanel({ id: 'turbine-protests' });
    expect(screen.getByText('2021 – 2022')).toBeInTheDocument();
  });

  it('lists sources as links that open safely in a new tab, with publisher and date', async () => {
    await renderPanel({ id: 'boris-leaves-acme' });
    const sources = screen.getByRole('region', { name: 'Sources' });
    const links = within(sources).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveAccessibleName(/^Report: boris-leaves\s*\(opens in a new tab\)$/);
    expect(links[0]).toHaveAttribute('href', 'https://news.example/boris-leaves');
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(within(sources).getByText('Tech Daily · June 14, 2019')).toBeInTheDocument();
    expect(within(sources).getByText('The Ledger · July 2019')).toBeInTheDocument();
  });

  it('marks a source title in another language than the screen with that language', async () => {
    await renderPanel({ id: 'carla-leaves-northwind', lang: 'ru' });
    const title = screen.getByText('Report: carla-leaves');
    expect(title).toHaveAttribute('lang', 'en');
    cleanup();
    await renderPanel({ id: 'carla-leaves-northwind' });
    expect(screen.getByText('Report: carla-leaves')).not.toHaveAttribute('lang');
  });

  it('filters by a person when their chip is clicked, keeping the people already selected', async () => {
    const { onFilter } = await renderPanel({
      id: 'acme-founded',
      search: { person: ['carla-diaz'] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Boris Ivanov' }));
    expect(onFilter).toHaveBeenCalledWith({ person: ['carla-diaz', 'boris-ivanov'] });
  });

  it('removes a person filter when an active chip is clicked again', async () => {
    const { onFilter } = await renderPanel({
      id: 'acme-founded',
      search: { person: ['alice-chen'] },
    });
    const chip = screen.getByRole('button', { name: 'Alice Chen' });
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(chip);
    expect(onFilter).toHaveBeenCalledWith({ person: [] });
  });

  it('filters by an organization from its chip', async () => {
    const { onFilter } = await renderPanel({ id: 'alice-leaves-acme' });
    await userEvent.click(screen.getByRole('button', { name: 'Open Horizon' }));
    expect(onFilter).toHaveBeenCalledWith({ org: ['open-horizon'] });
  });

  it('steps to the previous and next shown events', async () => {
    const { onOpen, catalog } = await renderPanel({
      id: 'atlas-launch',
      visible: ['acme-founded', 'atlas-launch', 'nova-launch'],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(onOpen).toHaveBeenLastCalledWith(catalog.indexById.get('acme-founded'));
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(onOpen).toHaveBeenLastCalledWith(catalog.indexById.get('nova-launch'));
  });

  it('disables Previous on the first event and Next on the last', async () => {
    const { unmount } = await renderPanel({ id: 'acme-founded' });
    expect(screen.getByRole('button', { name: 'Previous event' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next event' })).toBeEnabled();
    unmount();
    await renderPanel({ id: 'alice-leaves-acme' });
    expect(screen.getByRole('button', { name: 'Next event' })).toBeDisabled();
  });

  it('says when the open event is hidden by the filters', async () => {
    await renderPanel({ id: 'colossus-online', visible: ['acme-founded', 'nova-launch'] });
    expect(screen.getByText('This event is hidden by the current filters.')).toBeInTheDocument();
  });

  it('closes on Escape and on the close button', async () => {
    const { onClose } = await renderPanel({ id: 'nova-launch' });
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('leaves Escape to a text box that has focus', async () => {
    const catalog = makeCatalog();
    const onClose = vi.fn();
    await renderWithRouter(
      <>
        <input aria-label="Search events" />
        <EventPanel
          catalog={catalog}
          index={0}
          visibleIndexes={Uint32Array.from(catalog.events.keys())}
          search={DEFAULT_SEARCH}
          onOpen={vi.fn()}
          onClose={onClose}
          onFilter={vi.fn()}
        />
      </>,
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Search events' }));
    await userEvent.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('links related events to their own address', async () => {
    await renderPanel({ id: 'carla-leaves-northwind' });
    const related = screen.getByRole('link', { name: 'Carla Ventures is founded' });
    expect(related).toHaveAttribute('href', '/events/carla-ventures-founded');
  });

  it('renders in Russian: title, dates, chips and navigation', async () => {
    await renderPanel({ id: 'carla-leaves-northwind', lang: 'ru' });
    expect(
      screen.getByRole('heading', { name: 'Карла Диас уходит из Northwind Labs' }),
    ).toBeInTheDocument();
    expect(screen.getByText('13 августа 2023 г.', { selector: 'time' })).toHaveAttribute(
      'datetime',
      '2023-08-13',
    );
    expect(screen.getByText('Уход')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Карла Диас' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Предыдущее событие' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Источники' })).toBeInTheDocument();
    expect(screen.getByText('The Ledger · 13 августа 2023 г.')).toBeInTheDocument();
  });

  it('renders hostile text as literal text, never as HTML', async () => {
    const raw = makeDataset();
    const hostile = '<img src=x onerror=alert(1)>';
    raw.events[0]!.title = hostile;
    raw.events[0]!.summary = '<script>alert(2)</script>';
    raw.people[0]!.name = '<b>Alice</b>';
    raw.events[0]!.sources[0]!.title = '<a href="javascript:alert(3)">click</a>';
    const { container } = await renderPanel({
      catalog: decodeFixture(raw).catalog,
      id: 'acme-founded',
    });
    expect(screen.getByRole('heading', { name: hostile })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(2)</script>')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '<b>Alice</b>' })).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
  });
});
