import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { decodeDataset } from '../../../src/data/decode';
import { ExportMenu } from '../../../src/share/export-menu';

const decoded = decodeDataset({
  schemaVersion: 1,
  title: 'Test',
  languages: ['en'],
  kinds: [{ id: 'launch', label: 'Launch' }],
  people: [],
  organizations: [],
  events: [
    { id: 'a', date: '2020', kind: 'launch', title: 'A', sources: [] },
    { id: 'b', date: '2021', kind: 'launch', title: 'B', sources: [] },
  ],
});
if (!decoded.ok) throw new Error('fixture must decode');
const { catalog } = decoded;

describe('ExportMenu', () => {
  it('opens with the count, offers only the formats it can make, and closes on Escape', async () => {
    const user = userEvent.setup();
    render(<ExportMenu catalog={catalog} indexes={[1]} onExportPng={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(screen.getByRole('group', { name: 'Export the event shown' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Events as CSV' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Timeline as SVG' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('downloads the filtered events as a dataset JSON file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ExportMenu catalog={catalog} indexes={[1]} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Events as JSON (dataset)' }));
    // The exporter loads on first use, so the download follows a moment later.
    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    const exported = decodeDataset(await blobs[0]!.text());
    expect(exported.ok && exported.catalog.events.map((event) => event.id)).toEqual(['b']);
  });

  it('says it is preparing a file, takes no second one meanwhile, and says when it failed', async () => {
    const user = userEvent.setup();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    // Files that take as long as the test wants to make.
    const making: { resolve: (file: Blob) => void; reject: (error: Error) => void }[] = [];
    const makeFile = () => new Promise<Blob>((resolve, reject) => making.push({ resolve, reject }));
    vi.resetModules();
    vi.doMock('../../../src/share/export-data', () => ({
      exportEventsCsvFile: makeFile,
      exportEventsJsonFile: makeFile,
    }));
    render(<ExportMenu catalog={catalog} indexes={[0, 1]} />);
    const status = screen.getByRole('status');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Events as CSV' }));
    expect(status).toHaveTextContent('Preparing…');
    await user.click(screen.getByRole('button', { name: 'Preparing…' }));
    expect(screen.getByRole('button', { name: 'Events as JSON (dataset)' })).toBeDisabled();
    await vi.waitFor(() => expect(making).toHaveLength(1));
    making[0]!.resolve(new Blob(['a,b'], { type: 'text/csv' }));
    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(status).toHaveTextContent('');

    await user.click(screen.getByRole('button', { name: 'Events as JSON (dataset)' }));
    await vi.waitFor(() => expect(making).toHaveLength(2));
    making[1]!.reject(new Error('offline'));
    await vi.waitFor(() => expect(status).toHaveTextContent('The file could not be made.'));
    expect(click).toHaveBeenCalledOnce();
    vi.doUnmock('../../../src/share/export-data');
  });

  it('calls the timeline exports when given', async () => {
    const user = userEvent.setup();
    const onExportSvg = vi.fn();
    render(<ExportMenu catalog={catalog} indexes={[0, 1]} onExportSvg={onExportSvg} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Timeline as SVG' }));
    expect(onExportSvg).toHaveBeenCalledOnce();
  });
});
