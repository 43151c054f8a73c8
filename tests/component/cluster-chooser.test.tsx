import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ClusterChooser, placeChooser } from '../../src/timeline/cluster-chooser';
import { TIMELINE_STRINGS } from '../../src/timeline/timeline-strings';
import { makeCatalog } from '../fixtures/make-dataset';

const catalog = makeCatalog();

function renderChooser(events: number[], count = events.length, lang: 'en' | 'ru' = 'en') {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  const startMs = catalog.startMs[events[0]!]!;
  render(
    <ClusterChooser
      choice={{
        events,
        count,
        range: { startMs, lastMs: startMs, precision: 'day' },
        xPx: 10,
        yPx: 10,
      }}
      catalog={catalog}
      lang={lang}
      strings={TIMELINE_STRINGS[lang]}
      leftPx={4}
      topPx={40}
      widthPx={300}
      onChoose={onChoose}
      onClose={onClose}
    />,
  );
  return { onChoose, onClose };
}

const titleOf = (event: number) => {
  const title = catalog.events[event]!.title;
  return typeof title === 'string' ? title : title.en;
};

const kindOf = (event: number) => {
  const label = catalog.kinds[catalog.kindIndex[event]!]!.label;
  return typeof label === 'string' ? label : label.en;
};

describe('ClusterChooser', () => {
  it('lists the events by title, focuses the first, and moves with the arrows, Home and End', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderChooser([0, 1, 2]);
    const dialog = screen.getByRole('dialog', { name: '3 events' });
    const choices = within(dialog)
      .getAllByRole('button')
      .filter((button) => button.getAttribute('aria-label') !== 'Close');
    expect(choices.map((button) => button.textContent)).toEqual(
      [0, 1, 2].map((event) => `${titleOf(event)}, ${kindOf(event)}`),
    );
    expect(choices[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(choices[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(choices[0]).toHaveFocus();
    await user.keyboard('{End}{ArrowUp}{Enter}');
    expect(onChoose).toHaveBeenCalledWith(1);
    expect(dialog).toBeInTheDocument();
  });

  it('closes from Escape or its close button, asking for focus back', async () => {
    const user = userEvent.setup();
    const { onClose } = renderChooser([0, 1]);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenLastCalledWith(true);
  });

  it('says how many more there are than it lists, in Russian too', () => {
    renderChooser([0, 1], 250, 'ru');
    expect(screen.getByRole('dialog', { name: 'Событий: 250' })).toBeInTheDocument();
    expect(screen.getByText(/и ещё 248: сузьте выбор фильтрами или поиском/)).toBeInTheDocument();
  });

  it('dismisses itself on a click elsewhere, without taking focus back', async () => {
    const user = userEvent.setup();
    const { onClose } = renderChooser([0, 1]);
    await user.click(document.body);
    expect(onClose).toHaveBeenCalledWith(false);
  });
});

describe('placeChooser', () => {
  it('opens just under the click and stays inside the frame', () => {
    expect(placeChooser({ xPx: 200, yPx: 50 }, 150, 0, 1000)).toEqual({
      leftPx: 326,
      topPx: 64,
      widthPx: 300,
    });
    // Near the right edge it shifts left; on a phone it narrows to the frame.
    expect(placeChooser({ xPx: 800, yPx: 50 }, 150, 0, 1000).leftPx).toBe(696);
    expect(placeChooser({ xPx: 10, yPx: 50 }, 0, 0, 280)).toEqual({
      leftPx: 4,
      topPx: 64,
      widthPx: 272,
    });
  });
});
