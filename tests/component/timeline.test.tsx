import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/timeline/timeline';
import type { TimelineProps } from '../../src/timeline/timeline-props';
import {
  createSmallCatalog,
  createSyntheticCatalog,
  timelineProps,
} from '../unit/timeline/fixtures';

const catalog = createSmallCatalog();
const at = (id: string) => catalog.indexById.get(id)!;

function setup(overrides: Partial<TimelineProps> = {}) {
  const props = timelineProps(catalog, overrides);
  const view = render(<Timeline {...props} />);
  return { props, view, user: userEvent.setup() };
}

beforeEach(() => {
  // jsdom has no canvas; the renderer must carry on without one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('Timeline', () => {
  it('is one tab stop named "Timeline" with instructions', async () => {
    const { user } = setup();
    const timeline = screen.getByRole('application', { name: 'Timeline' });
    expect(timeline).toHaveAttribute('tabindex', '0');
    expect(timeline).toHaveAccessibleDescription(/Left and Right arrows/);
    // Past the three zoom buttons, the timeline is the next and only stop.
    for (let i = 0; i < 4; i++) await user.tab();
    expect(timeline).toHaveFocus();
    await user.tab();
    expect(timeline).not.toHaveFocus();
  });

  it('moves the cursor to the first event with ArrowRight, then to the next in time', async () => {
    const { props, view, user } = setup();
    screen.getByRole('application', { name: 'Timeline' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(0);
    view.rerender(<Timeline {...props} focusedIndex={at('grok-1')} />);
    await user.keyboard('{ArrowRight}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(at('board-crisis'));
    await user.keyboard('{ArrowLeft}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(at('grok-1'));
  });

  it('jumps with Home and End and changes lane with ArrowDown', async () => {
    const { props, user } = setup({ focusedIndex: at('xai-founded') });
    screen.getByRole('application', { name: 'Timeline' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(at('babuschkin-leaves-xai'));
    await user.keyboard('{End}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(catalog.events.length - 1);
    await user.keyboard('{Home}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(0);
  });

  it('opens the focused event with Enter and closes with Escape', async () => {
    const { props, user } = setup({ focusedIndex: at('gpt-3') });
    screen.getByRole('application', { name: 'Timeline' }).focus();
    await user.keyboard('{Enter}');
    expect(props.onOpen).toHaveBeenCalledWith(at('gpt-3'));
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('announces the focused event politely while the timeline has focus', () => {
    setup({ focusedIndex: at('babuschkin-leaves-xai') });
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('');
    act(() => screen.getByRole('application', { name: 'Timeline' }).focus());
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Title babuschkin-leaves-xai, August 13, 2025, Departure',
    );
  });

  it('has zoom in, zoom out and fit all buttons', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fit all' })).toBeInTheDocument();
  });

  it('shows lanes and a legend, and speaks Russian on the Russian screen', () => {
    setup({ lang: 'ru' });
    expect(screen.getByRole('application', { name: 'Лента времени' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Приблизить' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Условные обозначения' })).toHaveTextContent(
      'Основание',
    );
    expect(screen.queryByText(/Zoom|Fit all|Timeline/)).toBeNull();
  });

  it('unfolds the lanes folded into "N more people" a few at a time, all at once, and back', async () => {
    const crowded = createSyntheticCatalog(400, 42, 30, 10);
    const user = userEvent.setup();
    render(<Timeline {...timelineProps(crowded, { group: 'person' })} />);
    const folded = () => screen.queryByText(/^\d+ more people$/)?.textContent ?? null;
    expect(folded()).toBe('26 more people');
    expect(screen.queryByRole('button', { name: 'Show fewer lanes' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show more lanes (26 hidden)' }));
    expect(folded()).toBe('18 more people');
    await user.click(screen.getByRole('button', { name: 'Show all lanes' }));
    expect(folded()).toBeNull();
    expect(screen.queryByRole('button', { name: /Show more lanes|Show all lanes/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show fewer lanes' }));
    expect(folded()).toBe('26 more people');
  });

  it('keeps focus on a lane button when the one pressed goes away', async () => {
    const crowded = createSyntheticCatalog(400, 42, 30, 10);
    const user = userEvent.setup();
    render(<Timeline {...timelineProps(crowded, { group: 'person' })} />);
    screen.getByRole('button', { name: 'Show all lanes' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Show fewer lanes' })).toHaveFocus(),
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Show more lanes/ })).toHaveFocus(),
    );
  });

  it('ignores the cursor when the filters hide its event', async () => {
    const launches = Uint32Array.from(catalog.eventsByKind[2]!);
    const { props, user } = setup({ visibleIndexes: launches, focusedIndex: at('xai-founded') });
    screen.getByRole('application', { name: 'Timeline' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(props.onFocusChange).toHaveBeenLastCalledWith(at('gpt-3'));
  });
});
