import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NotFoundNotice, SkippedNotice, UrlNotice } from '../../src/app/notices';
import type { DecodeWarning } from '../../src/data/decode-result';
import { decodeFixture, makeDataset } from '../fixtures/make-dataset';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { renderInLanguage } from './render-with-router';

const render = (ui: React.ReactNode) => renderInLanguage(ui, 'en');

function warningsFromBadData(): DecodeWarning[] {
  const raw = makeDataset();
  raw.events[1]!.date = '2025-02-30';
  raw.events[5]!.sources[0]!.url = 'javascript:alert(1)';
  raw.events[7]!.kind = 'rumour';
  return decodeFixture(raw).warnings;
}

describe('SkippedNotice', () => {
  it('shows how many records had problems and the reasons on request', async () => {
    const warnings = warningsFromBadData();
    render(<SkippedNotice warnings={warnings} />);
    const summary = screen.getByText('3 records had problems');
    const reason = screen.getByText('northwind-founded');
    expect(reason).not.toBeVisible();
    await userEvent.click(summary);
    expect(reason).toBeVisible();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(3);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^northwind-founded \(left out\): date: /),
        expect.stringMatching(/^atlas-launch \(partly loaded\): sources\.0: /),
        expect.stringMatching(/^turbine-protests \(left out\): kind: "rumour"/),
      ]),
    );
  });

  it('uses the singular for one record and Russian plurals in Russian', () => {
    const [first] = warningsFromBadData();
    const { unmount } = render(<SkippedNotice warnings={[first!]} />);
    expect(screen.getByText('1 record had a problem')).toBeInTheDocument();
    unmount();
    renderInLanguage(<SkippedNotice warnings={warningsFromBadData()} />, 'ru');
    expect(screen.getByText('3 записи содержат ошибки')).toBeInTheDocument();
  });

  it('shows a hostile record id as text', async () => {
    const warning: DecodeWarning = {
      record: 'event',
      id: '<img src=x onerror=alert(1)>',
      code: 'invalid-record',
      detail: 'id: must be kebab-case',
      skipped: true,
    };
    const { container } = render(<SkippedNotice warnings={[warning]} />);
    await userEvent.click(screen.getByText('1 record had a problem'));
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('UrlNotice', () => {
  it('lists the ignored link settings and can be dismissed', async () => {
    render(
      <UrlNotice
        ignored={[
          { param: 'kind', value: 'nope' },
          { param: 'lang', value: 'de' },
        ]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Some link settings were not understood and were ignored: kind=nope, lang=de',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('comes back after dismissal when a new problem appears', async () => {
    const first = [{ param: 'group', value: 'zzz' }];
    const inEnglish = (ui: React.ReactNode) => <I18nProvider lang="en">{ui}</I18nProvider>;
    const { rerender } = render(<UrlNotice ignored={first} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    rerender(inEnglish(<UrlNotice ignored={[...first]} />));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    rerender(inEnglish(<UrlNotice ignored={[...first, { param: 'person', value: 'nobody' }]} />));
    expect(screen.getByRole('status')).toHaveTextContent('group=zzz, person=nobody');
  });
});

describe('NotFoundNotice', () => {
  it('says the event was not found and closes on request', async () => {
    const onClose = vi.fn();
    render(<NotFoundNotice id="grok-5-launch" onClose={onClose} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/grok-5-launch.*not found/);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
