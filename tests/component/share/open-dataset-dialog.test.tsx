import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n-context';
import { OpenDatasetDialog } from '../../../src/share/open-dataset-dialog';

const CSV = readFileSync(
  resolve(process.cwd(), 'tests/unit/import/fixtures/ten-events.csv'),
  'utf8',
);

function renderDialog(lang: 'en' | 'ru' = 'en') {
  const props = { onClose: vi.fn(), onOpenUrl: vi.fn(), onOpenData: vi.fn() };
  render(
    <I18nProvider lang={lang}>
      <OpenDatasetDialog open {...props} />
    </I18nProvider>,
  );
  return props;
}

describe('OpenDatasetDialog', () => {
  it('is a labelled dialog that starts in the address field', () => {
    renderDialog();
    expect(screen.getByRole('dialog', { name: 'Open your own data' })).toBeInTheDocument();
    expect(screen.getByLabelText('Address of a file')).toHaveFocus();
  });

  it('opens an https address or a same-site path, and refuses others', async () => {
    const user = userEvent.setup();
    const props = renderDialog();
    await user.type(screen.getByLabelText('Address of a file'), 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only https addresses or paths on this site can be opened.',
    );
    expect(props.onOpenUrl).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Address of a file'));
    await user.type(
      screen.getByLabelText('Address of a file'),
      ' https://example.com/events.csv {Enter}',
    );
    expect(props.onOpenUrl).toHaveBeenCalledWith('https://example.com/events.csv');
    expect(props.onClose).toHaveBeenCalled();
  });

  it('converts a picked CSV file and hands over the raw dataset', async () => {
    const user = userEvent.setup();
    const props = renderDialog();
    await user.upload(
      screen.getByLabelText('Choose a file…'),
      new File([CSV], 'ten-events.csv', { type: 'text/csv' }),
    );
    await waitFor(() => expect(props.onOpenData).toHaveBeenCalled());
    const [raw, name] = props.onOpenData.mock.calls[0]!;
    expect(name).toBe('ten-events.csv');
    expect((raw as { events: unknown[] }).events).toHaveLength(10);
  });

  it('explains a file it cannot open, with the details, and stays open', async () => {
    const user = userEvent.setup();
    const props = renderDialog();
    await user.upload(
      screen.getByLabelText('Choose a file…'),
      new File(['name\nAda\n'], 'people.csv', { type: 'text/csv' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('people.csv could not be opened');
    expect(alert).toHaveTextContent('The CSV file lacks required columns.');
    expect(alert).toHaveTextContent('missing: date, title');
    expect(props.onOpenData).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('says in Russian, and in Russian only, that a file is in another encoding', async () => {
    const user = userEvent.setup();
    renderDialog('ru');
    // "Событие" in Windows-1251 bytes, which are not UTF-8.
    const cp1251 = new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x0a, 0xd1, 0xee, 0xe1, 0xfb, 0xf2]);
    await user.upload(
      screen.getByLabelText('Выбрать файл…'),
      new File([cp1251], 'события.csv', { type: 'text/csv' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Файл не в кодировке UTF-8');
    expect(alert.textContent).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });

  it('speaks Russian', () => {
    renderDialog('ru');
    expect(screen.getByRole('dialog', { name: 'Открыть свои данные' })).toBeInTheDocument();
    expect(screen.getByLabelText('Выбрать файл…')).toBeInTheDocument();
  });
});
