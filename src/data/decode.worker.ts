// Fetching, validating and indexing a dataset off the main thread, so the page stays
// responsive while a large file loads.
import { downloadDataset, type LoadPhase } from './download-dataset';
import { FileEventsStream } from './file-events-stream';
import { DatasetLoadError } from './load-error';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

/** A large file arrives in hundreds of chunks: a progress bar needs far fewer updates. */
const PROGRESS_INTERVAL_MS = 50;

function throttledProgress(): (progress: LoadPhase) => void {
  let lastPostMs = -Infinity;
  return (progress) => {
    const nowMs = performance.now();
    if (progress.phase === 'downloading' && nowMs - lastPostMs < PROGRESS_INTERVAL_MS) return;
    lastPostMs = nowMs;
    post({ type: 'progress', progress });
  };
}

async function load({ name: url }: WorkerRequest) {
  // The validator (zod and the converters) loads while the file downloads. The events are
  // parsed batch by batch as the text arrives, and validated as soon as the validator is here.
  const decoder = import('./decode-in-worker');
  let eventDecoder: EventDecoder | null = null;
  const waiting: { items: unknown[]; firstIndex: number }[] = [];
  let validationFailed = false;
  const validate = (items: unknown[], firstIndex: number) => {
    try {
      items.forEach((item, offset) => eventDecoder!.add(item, firstIndex + offset));
    } catch {
      // The validators should never throw; if one does, decode the whole file the usual way,
      // which turns the throw into a clear error.
      validationFailed = true;
    }
  };
  decoder.then(
    ({ createEventDecoder }) => {
      eventDecoder = createEventDecoder();
      for (const batch of waiting.splice(0)) validate(batch.items, batch.firstIndex);
    },
    () => undefined,
  );
  // The page reads the same records from the same text (see hand-off.ts).
  const stream = new FileEventsStream((items, firstIndex, text) => {
    post({ type: 'events', text, count: items.length });
    if (eventDecoder) validate(items, firstIndex);
    else waiting.push({ items, firstIndex });
  });
  try {
    const onProgress = throttledProgress();
    const file = await downloadDataset(url, {
      onProgress,
      onText: (part) => stream.push(part),
    });
    const { decodeForPage, finishStreamedFile } = await decoder;
    // eventDecoder is set by now: its callback was registered on `decoder` before this await.
    const streamed =
      eventDecoder && !validationFailed
        ? finishStreamedFile(file.text, stream, (eventDecoder as EventDecoder).result)
        : null;
    // Without a streamed file the page parses the whole text, if it can be a dataset at all.
    const pageHasFile = streamed !== null || /^\uFEFF?\s*\{/.test(file.text);
    if (!streamed && pageHasFile) post({ type: 'file', text: file.text });
    const { reply, transfer } = decodeForPage(file, url, pageHasFile, onProgress, streamed);
    post(reply, transfer);
  } catch (error) {
    if (error instanceof DatasetLoadError)
      post({ type: 'load-error', url: error.url, reason: error.reason });
    else post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
  }
}
void load(self);

type EventDecoder = ReturnType<typeof import('./decode-in-worker').createEventDecoder>;
