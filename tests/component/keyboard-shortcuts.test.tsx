import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KeyboardShortcuts } from '../../src/app/keyboard-shortcuts';

describe('KeyboardShortcuts', () => {
  it('opens with ? from the page, lists the timeline keys, and closes', async () => {
    const user = userEvent.setup();
    render(<KeyboardShortcuts />);
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.keyboard('?');
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    expect(screen.getByText('Open the event')).toBeInTheDocument();
    expect(
      screen.getByText('Zoom to fit every event that matches the filters'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('opens from its button', async () => {
    const user = userEvent.setup();
    render(<KeyboardShortcuts />);
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('does not open over another dialog', async () => {
    const user = userEvent.setup();
    render(
      <>
        <dialog open aria-label="Open data">
          <button type="button">Choose a file</button>
        </dialog>
        <KeyboardShortcuts />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Choose a file' }));
    await user.keyboard('?');
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('leaves ? alone while someone types in a field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <label>
          Note <input />
        </label>
        <KeyboardShortcuts />
      </>,
    );
    await user.type(screen.getByLabelText('Note'), 'why?');
    expect(screen.getByLabelText('Note')).toHaveValue('why?');
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
