import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n-context';
import { EmbedDialog } from '../../../src/share/embed-dialog';
import { OpenInAppLink } from '../../../src/share/open-in-app-link';
import { DEFAULT_SEARCH } from '../../../src/url/search-state';

const search = { ...DEFAULT_SEARCH, kind: ['launch'], embed: true };

describe('EmbedDialog', () => {
  it('shows an iframe snippet of the current view and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(
      <EmbedDialog
        open
        onClose={vi.fn()}
        title="AI labs"
        search={search}
        openEventId="xai-founded"
      />,
    );
    const code = screen.getByLabelText('HTML code') as HTMLTextAreaElement;
    expect(code.value).toContain(
      `src="${window.location.origin}/events/xai-founded?kind=launch&amp;lang=en&amp;embed=1"`,
    );
    expect(code.value).toContain('title="AI labs — Timeline Explorer"');
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(code.value);
    expect(screen.getByRole('status')).toHaveTextContent('Code copied');
  });

  it('keeps the language the snippet was made in, when the browser chose it', () => {
    render(
      <I18nProvider lang="ru">
        <EmbedDialog open onClose={vi.fn()} title="ИИ" search={{ ...search, lang: undefined }} />
      </I18nProvider>,
    );
    const code = screen.getByLabelText('HTML-код') as HTMLTextAreaElement;
    expect(code.value).toContain('/?kind=launch&amp;lang=ru&amp;embed=1"');
    expect(code.value).toContain('title="ИИ — Timeline Explorer"');
  });

  it('warns that a local file cannot be embedded', () => {
    render(<EmbedDialog open onClose={vi.fn()} title="Mine" search={DEFAULT_SEARCH} localData />);
    expect(screen.getByText(/opened from a file on your device/)).toBeInTheDocument();
  });
});

describe('OpenInAppLink', () => {
  it('links to the same view without embed, in a new tab, in the UI language', () => {
    render(
      <I18nProvider lang="ru">
        <OpenInAppLink search={search} openEventId="xai-founded" />
      </I18nProvider>,
    );
    const link = screen.getByRole('link', { name: /Открыть в Timeline Explorer/ });
    expect(link).toHaveAttribute(
      'href',
      `${window.location.origin}/events/xai-founded?kind=launch`,
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
