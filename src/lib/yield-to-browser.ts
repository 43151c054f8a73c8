/** Lets the browser handle input and paint: a message task, which no timer clamping delays. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a generator to its end in slices of about `sliceMs`, yielding to the browser between
 * them, and returns what it produced: long work that keeps the page responsive.
 */
export async function collectInSlices<T>(parts: Iterator<T>, sliceMs = 8): Promise<T[]> {
  const collected: T[] = [];
  for (;;) {
    const sliceEnd = performance.now() + sliceMs;
    for (;;) {
      const next = parts.next();
      if (next.done) return collected;
      collected.push(next.value);
      if (performance.now() >= sliceEnd) break;
    }
    await yieldToBrowser();
  }
}
