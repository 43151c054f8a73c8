import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadError } from '../../src/app/load-error-view';
import { DatasetLoadError } from '../../src/data/load-error';
import { renderInLanguage } from './render-with-router';

const URL_SHOWN = 'https://data.example/events.json';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('LoadError', () => {
  it('says what went wrong and where, and retries on request', async () => {
    const onRetry = vi.fn();
    renderInLanguage(
      <LoadError
        error={
          new DatasetLoadError(URL_SHOWN, { type: 'http', status: 404, statusText: 'Not Found' })
        }
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The events could not be loaded');
    expect(alert).toHaveTextContent('The server answered with error 404 (Not Found).');
    expect(alert).toHaveTextContent(URL_SHOWN);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('lists the first problems of a file that is not a dataset', () => {
    const error = new DatasetLoadError(URL_SHOWN, {
      type: 'decode',
      error: {
        code: 'not-dataset',
        problems: [
          'events: expected an array, got an object',
          'title: expected a string or { en: string }',
        ],
      },
    });
    renderInLanguage(<LoadError error={error} onRetry={vi.fn()} />);
    expect(
      screen.getByText('The file is JSON, but not a Timeline Explorer dataset.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'First problems found' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'events: expected an array, got an object',
      'title: expected a string or { en: string }',
    ]);
  });

  it("names a file in another encoding in the reader's language, with no empty problem list", () => {
    const error = new DatasetLoadError(URL_SHOWN, {
      type: 'import',
      error: { code: 'utf-16', detail: '' },
    });
    renderInLanguage(<LoadError error={error} onRetry={vi.fn()} />, 'ru');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Файл сохранён в кодировке UTF-16. Сохраните его в UTF-8 и откройте снова.',
    );
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('explains invalid JSON, network failures, timeouts and size limits in words', () => {
    const cases: [ConstructorParameters<typeof DatasetLoadError>[1], string | RegExp][] = [
      [
        { type: 'decode', error: { code: 'not-json', problems: ['Unexpected token'] } },
        'The file is not valid JSON.',
      ],
      [
        { type: 'decode', error: { code: 'unsupported-version', problems: ['schemaVersion: 2'] } },
        /format version/,
      ],
      [{ type: 'network' }, /could not be reached/],
      [{ type: 'timeout', seconds: 30 }, 'The server did not answer within 30 seconds.'],
      [
        { type: 'too-large', limitBytes: 100 * 1024 * 1024 },
        'The file is larger than 105 MB, the most this app loads.',
      ],
      [{ type: 'bad-url' }, /Only https addresses/],
    ];
    for (const [reason, message] of cases) {
      const { unmount } = renderInLanguage(
        <LoadError error={new DatasetLoadError(URL_SHOWN, reason)} onRetry={vi.fn()} />,
      );
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      unmount();
    }
  });

  it('offers no Retry when retrying cannot help, and disables it while a retry runs', () => {
    const { unmount } = renderInLanguage(
      <LoadError
        error={new DatasetLoadError('javascript:x', { type: 'bad-url' })}
        onRetry={null}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    unmount();
    renderInLanguage(
      <LoadError
        error={new DatasetLoadError(URL_SHOWN, { type: 'network' })}
        onRetry={vi.fn()}
        retrying
      />,
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDisabled();
  });

  it('links back to the default dataset when another one was requested', () => {
    window.history.replaceState(
      null,
      '',
      '/?data=https%3A%2F%2Fdata.example%2Fevents.json&lang=ru',
    );
    renderInLanguage(
      <LoadError error={new DatasetLoadError(URL_SHOWN, { type: 'network' })} onRetry={vi.fn()} />,
    );
    expect(screen.getByRole('link', { name: 'Open the default dataset' })).toHaveAttribute(
      'href',
      '/?lang=ru',
    );
  });

  it('shows an unexpected error’s own message', () => {
    renderInLanguage(<LoadError error={new Error('Something odd')} onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something odd');
  });

  it('speaks Russian', () => {
    renderInLanguage(
      <LoadError
        error={new DatasetLoadError(URL_SHOWN, { type: 'http', status: 500, statusText: '' })}
        onRetry={vi.fn()}
      />,
      'ru',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Сервер вернул ошибку 500.');
    expect(screen.getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
  });
});
