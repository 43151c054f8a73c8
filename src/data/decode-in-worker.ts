// The worker's second half, loaded while the file downloads: validating the events as they
// arrive, decoding the file, and packing the result for the page.
import { createEventDecoder, type PrevalidatedEvents } from './decode';
import { isPlainObject } from './decode-util';
import type { DownloadedFile } from './download-dataset';
import type { FileEventsStream } from './file-events-stream';
import { decodeFile, type LoadPhase, type StreamedFile } from './fetch-dataset';
import { fileEventsOf, parseDatasetText, planHandOff } from './hand-off';
import type { WorkerReply } from './worker-protocol';

export { createEventDecoder, type PrevalidatedEvents };

/**
 * The file read through `stream`, with its events validated on the way; null when it must
 * be parsed whole (the stream could not split it, or the rest of the file does not parse).
 */
export function finishStreamedFile(
  text: string,
  stream: FileEventsStream,
  prevalidated: PrevalidatedEvents,
): StreamedFile | null {
  const scan = stream.finish();
  if (!scan) return null;
  let rest: unknown;
  try {
    rest = parseDatasetText(text.slice(0, scan.openIndex + 1) + text.slice(scan.closeIndex));
  } catch {
    return null;
  }
  // A second "events" key would have stopped the scanner; this checks the split once more.
  if (!isPlainObject(rest) || !Array.isArray(rest.events) || rest.events.length !== 0) return null;
  return { rest, fileEvents: stream.events, prevalidated };
}

export function decodeForPage(
  { text, startIsUtf8 }: DownloadedFile,
  url: string,
  pageHasFile: boolean,
  onProgress: (progress: LoadPhase) => void,
  streamed: StreamedFile | null,
): { reply: Extract<WorkerReply, { type: 'done' }>; transfer: Transferable[] } {
  const { loaded, fileJson } = decodeFile(text, url, { onProgress, streamed, startIsUtf8 });
  // The page rebuilds the id index from its own events when it first needs it.
  const { events, indexById: _rebuiltOnThePage, ...columns } = loaded.catalog;
  const fileEvents = pageHasFile ? fileEventsOf(fileJson) : null;
  const { sourceIndex, patches } = planHandOff(events, fileEvents);
  // Hand the typed columns over instead of copying them. Changed records go as one JSON
  // text: for many records, JSON.stringify + JSON.parse cost about half of what the
  // structured clone of the same objects costs on both sides.
  const patchesJson = new TextEncoder().encode(JSON.stringify(patches)).buffer as ArrayBuffer;
  const transfer = [
    columns.startMs,
    columns.endMs,
    columns.kindIndex,
    columns.importance,
    columns.precision,
    columns.isSpan,
    sourceIndex,
    ...columns.eventsByKind,
    ...columns.eventsByPerson.values(),
    ...columns.eventsByOrg.values(),
  ].map((column) => column.buffer as ArrayBuffer);
  return {
    reply: {
      type: 'done',
      loaded: { ...loaded, catalog: { ...columns, events: [] } },
      sourceIndex,
      eventIds: events.map((event) => event.id).join('\n'),
      fileEventCount: fileEvents?.length ?? 0,
      patchesJson,
    },
    transfer: [...transfer, patchesJson],
  };
}
