// The event sheet's grip: a tap or click toggles the sheet, a drag down folds it and a drag up
// unfolds it, and the keyboard works whatever a finger did before.
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SheetHandle } from '../../src/event/sheet-handle';
import { renderInLanguage } from './render-with-router';

function renderGrip(collapsed: boolean) {
  const onToggle = vi.fn();
  renderInLanguage(<SheetHandle collapsed={collapsed} onToggle={onToggle} controls="body" />);
  return { grip: screen.getByRole('button', { name: 'Event details' }), onToggle };
}

const drag = (grip: HTMLElement, fromY: number, toY: number) => {
  fireEvent.pointerDown(grip, { clientY: fromY, pointerId: 1 });
  fireEvent.pointerUp(grip, { clientY: toY, pointerId: 1 });
};

describe('the sheet grip', () => {
  it('folds an open sheet when dragged down, and not when dragged up', () => {
    const { grip, onToggle } = renderGrip(false);
    drag(grip, 100, 80);
    expect(onToggle).not.toHaveBeenCalled();
    drag(grip, 100, 160);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('does not toggle back on the click a mouse drag ends with', () => {
    const { grip, onToggle } = renderGrip(true);
    drag(grip, 100, 20);
    fireEvent.click(grip, { detail: 1 });
    expect(onToggle).toHaveBeenCalledOnce();
    // A tap: barely moved, then its click.
    drag(grip, 100, 103);
    fireEvent.click(grip, { detail: 1 });
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('answers Enter after a touch drag that ended without a click', async () => {
    const user = userEvent.setup();
    const { grip, onToggle } = renderGrip(false);
    drag(grip, 100, 200);
    expect(onToggle).toHaveBeenCalledOnce();
    grip.focus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
